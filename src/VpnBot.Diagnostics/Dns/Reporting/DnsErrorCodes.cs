namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>The Windows VPN client error codes DNS findings explain (raserror.h).</summary>
internal static class DnsErrorCodes
{
    /// <summary>ERROR_DNSNAME_NOT_RESOLVABLE: the server name does not resolve.</summary>
    public const string NameNotResolvable = "868";

    /// <summary>ERROR_VPN_TIMEOUT: nothing answers at the address the name gave (a wrong, stale or private address).</summary>
    public const string VpnTimeout = "809";
}
