using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>Remediation steps shared by several DNS checks.</summary>
internal static class DnsRemedies
{
    public static LocalizedText CreateRecord(string fqdn) => DnsTexts.Format(nameof(DnsText.FixCreateRecord), fqdn);

    public static LocalizedText RegisterDns() => DnsTexts.Format(nameof(DnsText.FixRegisterDns));

    public static LocalizedText CheckDialledName(string fqdn) => DnsTexts.Format(nameof(DnsText.FixCheckDialledName), fqdn);

    public static LocalizedText FlushClients() => DnsTexts.Format(nameof(DnsText.FixFlushClients));

    public static LocalizedText FlushResolver(string resolver, string fqdn) => DnsTexts.Format(nameof(DnsText.FixFlushResolver), resolver, fqdn);

    public static LocalizedText ServFail(string server) => DnsTexts.Format(nameof(DnsText.FixServFail), server);

    public static LocalizedText AllowQueries(string server) => DnsTexts.Format(nameof(DnsText.FixAllowQueries), server);

    public static LocalizedText Reachability(string server) => DnsTexts.Format(nameof(DnsText.FixReachability), server);

    public static LocalizedText Middlebox(string server) => DnsTexts.Format(nameof(DnsText.FixMiddlebox), server);

    public static LocalizedText ZoneTransfer(string zone) => DnsTexts.Format(nameof(DnsText.FixZoneTransfer), zone);

    public static LocalizedText AdReplication() => DnsTexts.Format(nameof(DnsText.FixAdReplication));

    public static LocalizedText SerialIncrement() => DnsTexts.Format(nameof(DnsText.FixSerialIncrement));

    public static LocalizedText HostZone(string server) => DnsTexts.Format(nameof(DnsText.FixHostZone), server);

    public static LocalizedText CorrectAddress(string fqdn, string expected) => DnsTexts.Format(nameof(DnsText.FixCorrectAddress), fqdn, expected);

    /// <summary>The steps for a server that gave no usable answer, by what went wrong.</summary>
    public static IReadOnlyList<LocalizedText> ForFailure(DnsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Outcome switch
        {
            DnsOutcome.Malformed => [Middlebox(answer.Server)],
            DnsOutcome.Timeout or DnsOutcome.NetworkError => [Reachability(answer.Server)],
            _ => answer.ResponseCode switch
            {
                DnsClient.DnsHeaderResponseCode.ServerFailure => [ServFail(answer.Server)],
                DnsClient.DnsHeaderResponseCode.Refused => [AllowQueries(answer.Server)],
                _ => [ServFail(answer.Server)],
            },
        };
    }
}
