using VpnBot.Diagnostics.Checks;

namespace VpnBot.Windows.Tests.Support;

internal static class Targets
{
    public const string Fqdn = "vpn.example.com";

    public const string Machine = "VPN01";

    /// <summary>When the recordings were made: the SSTP certificate in them is valid (2025-04-01 to 2026-03-31).</summary>
    public static readonly DateTimeOffset RecordedAt = new(2025, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static CheckTarget For(VpnProtocols protocols = VpnProtocols.All, string fqdn = Fqdn) => new()
    {
        Name = "tokyo",
        Fqdn = fqdn,
        Protocols = protocols,
    };
}
