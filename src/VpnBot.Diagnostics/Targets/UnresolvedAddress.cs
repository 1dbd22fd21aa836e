using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Targets;

public static class UnresolvedAddress
{
    /// <summary>The finding a probe reports when it has no address to dial: a skip, because <c>dns.resolve</c> owns the failure.</summary>
    public static Finding Skip(string check, string subject, string fqdn) => new()
    {
        Check = check,
        Subject = subject,
        Status = CheckStatus.Skip,
        Summary = LocalizedText.Format(TargetText.ResourceManager, nameof(TargetText.AddressUnresolved), fqdn),
    };
}
