namespace VpnBot.Diagnostics.Checks;

/// <summary>
/// The stable check ids. Alerts, suppressions, documentation and cards refer to them: never rename one.
/// </summary>
public static class CheckIds
{
    public const string DnsResolve = "dns.resolve";
    public const string DnsConsistency = "dns.consistency";
    public const string DnsPtr = "dns.ptr";
    public const string DnsCname = "dns.cname";
    public const string DnsAuthority = "dns.authority";
    public const string DnsSplitHorizon = "dns.split-horizon";
    public const string DnsTtl = "dns.ttl";
    public const string DnsCache = "dns.cache";

    public const string IkeV2 = "ike.v2";
    public const string IkeV1 = "ike.v1";
    public const string IkeNatT = "ike.nat-t";
    public const string L2tpControl = "l2tp.control";
    public const string PptpControl = "pptp.control";
    public const string GrePath = "gre.path";
    public const string SstpListener = "sstp.listener";

    public const string CertExpiry = "cert.expiry";
    public const string CertName = "cert.name";
    public const string CertChain = "cert.chain";
    public const string CertEku = "cert.eku";
    public const string CertRevocation = "cert.revocation";

    public const string RrasService = "rras.service";
    public const string RrasConfig = "rras.config";
    public const string EventsDnsClient = "events.dns-client";
    public const string EventsRasClient = "events.rasclient";
    public const string EventsRemoteAccess = "events.remoteaccess";
    public const string EventsIkeExt = "events.ikeext";
    public const string FirewallRules = "firewall.rules";
    public const string NatForwarding = "nat.forwarding";

    /// <summary>An agent that took part in a check did not answer in time (a finding the host writes on its behalf).</summary>
    public const string AgentAnswer = "agent.answer";

    /// <summary>An agent was asked about an endpoint its own configuration does not define.</summary>
    public const string AgentEndpoint = "agent.endpoint";

    /// <summary>The checks this build can run from any vantage point, in report order.</summary>
    public static IReadOnlyList<string> Core { get; } =
    [
        DnsResolve, DnsConsistency, DnsPtr, DnsCname, DnsAuthority, DnsSplitHorizon, DnsTtl, DnsCache,
        IkeV2, IkeV1, IkeNatT, L2tpControl, PptpControl, GrePath, SstpListener,
        CertExpiry, CertName, CertChain, CertEku, CertRevocation,
    ];

    /// <summary>Position of a check id in report order; unknown ids sort last.</summary>
    public static int Order(string checkId)
    {
        for (var i = 0; i < Core.Count; i++)
        {
            if (string.Equals(Core[i], checkId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
