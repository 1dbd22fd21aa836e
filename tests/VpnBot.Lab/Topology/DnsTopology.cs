using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>The lab's DNS servers, zones and scenarios.</summary>
public sealed record DnsTopology
{
    /// <summary>The internal zone (<c>example.local</c>) served by <see cref="Primary"/> and <see cref="Secondary"/>.</summary>
    public required string InternalZone { get; init; }

    /// <summary>The reverse zone of the bridge subnet (<c>N.18.198.in-addr.arpa</c>), on both internal servers, in sync.</summary>
    public required string ReverseZone { get; init; }

    /// <summary>The public zone (<c>example.net</c>) served by <see cref="External"/>.</summary>
    public required string PublicZone { get; init; }

    /// <summary>BIND primary for the internal, lagging and reverse zones (<c>ns1.example.local</c>); answers with AA, no recursion.</summary>
    public required DnsServer Primary { get; init; }

    /// <summary>BIND secondary (<c>ns2.example.local</c>), fed by zone transfer from the primary; AA, no recursion.</summary>
    public required DnsServer Secondary { get; init; }

    /// <summary>
    /// unbound caching resolver on the client path, forwarding the internal, reverse and public zones to
    /// their servers. Answers without AA: aimed at as an "internal DNS server" it is the forwarding case of
    /// <c>dns.authority</c>. Holds the stale answer of <see cref="DnsScenarios.StaleCache"/>.
    /// </summary>
    public required DnsServer Resolver { get; init; }

    /// <summary>BIND authoritative for the public zone, as the internet sees it (<c>ns.example.net</c>).</summary>
    public required DnsServer External { get; init; }

    /// <summary>A DNS server address whose packets the firewall drops: no answer, no ICMP (the "broken endpoint").</summary>
    public required DnsServer Silent { get; init; }

    /// <summary>SOA serial of the internal zone, the same on primary and secondary.</summary>
    public required uint InternalZoneSerial { get; init; }

    /// <summary>SOA serial of the reverse zone, the same on primary and secondary.</summary>
    public required uint ReverseZoneSerial { get; init; }

    /// <summary>SOA serial of the public zone.</summary>
    public required uint PublicZoneSerial { get; init; }

    /// <summary>One entry per DNS failure the checks must recognise, plus the healthy case.</summary>
    public required DnsScenarios Scenarios { get; init; }
}

/// <summary>A DNS server of the lab.</summary>
/// <param name="Role">What it is for.</param>
/// <param name="Name">Its host name in DNS, when it has one.</param>
/// <param name="Endpoint">Address and port (53).</param>
/// <param name="Authoritative">True when it answers its zones with the AA bit.</param>
/// <param name="Namespace">Its network namespace.</param>
/// <param name="ConfigurationFile">Its configuration file (named.conf, unbound.conf), for rndc or unbound-control.</param>
public sealed record DnsServer(string Role, string? Name, IPEndPoint Endpoint, bool Authoritative, string Namespace, string? ConfigurationFile)
{
    /// <summary>The server's address.</summary>
    public IPAddress Address => Endpoint.Address;
}
