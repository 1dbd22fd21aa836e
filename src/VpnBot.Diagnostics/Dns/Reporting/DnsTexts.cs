using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>Renders <see cref="DnsText"/> resources in both languages.</summary>
internal static class DnsTexts
{
    public static LocalizedText Format(string name, params object?[] args) =>
        LocalizedText.Format(DnsText.ResourceManager, name, args);
}
