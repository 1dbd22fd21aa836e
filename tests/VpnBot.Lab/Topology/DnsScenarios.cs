using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// DNS scenarios. Internal names (<c>*.example.local</c>) are asked of <see cref="DnsTopology.Primary"/> and
/// <see cref="DnsTopology.Secondary"/>; public names (<c>*.example.net</c>) of <see cref="DnsTopology.External"/>.
/// </summary>
public sealed record DnsScenarios
{
    /// <summary>
    /// <c>dns.resolve</c>, <c>dns.consistency</c>, <c>dns.authority</c> pass: <c>vpn.example.local</c> has the same
    /// A record and serial on both internal servers, answered with AA.
    /// </summary>
    public required NameScenario Healthy { get; init; }

    /// <summary><c>dns.resolve</c> fails with NXDOMAIN: a name no server has (Windows error 868).</summary>
    public required string MissingName { get; init; }

    /// <summary><c>dns.consistency</c> fails: the secondary is behind (stale serial, a changed and a missing record).</summary>
    public required ReplicationLagScenario ReplicationLag { get; init; }

    /// <summary><c>dns.cache</c> fails: the resolver still hands out the old address after the record changed.</summary>
    public required StaleCacheScenario StaleCache { get; init; }

    /// <summary><c>dns.ptr</c> passes: the address's PTR names the host, whose A record is the address.</summary>
    public required PtrScenario PtrConfirmed { get; init; }

    /// <summary><c>dns.ptr</c> fails: the PTR names another host, whose A record is another address.</summary>
    public required PtrScenario PtrMismatch { get; init; }

    /// <summary><c>dns.ptr</c> fails: the address has no PTR record at all (NXDOMAIN in the reverse zone).</summary>
    public required PtrScenario PtrMissing { get; init; }

    /// <summary><c>dns.split-horizon</c> and <c>dns.ttl</c> pass: the public name resolves outside to the VPN's address with a short TTL.</summary>
    public required NameScenario PublicName { get; init; }

    /// <summary><c>dns.split-horizon</c> fails: the external server hands out a private (RFC 1918) address.</summary>
    public required NameScenario SplitHorizonLeak { get; init; }

    /// <summary><c>dns.ttl</c> warns: the public record's TTL is a day, so moving the VPN takes a day to reach clients.</summary>
    public required NameScenario LongTtl { get; init; }

    /// <summary><c>dns.cname</c> passes: one CNAME to the public name, which has an address.</summary>
    public required CnameScenario CnameHealthy { get; init; }

    /// <summary><c>dns.cname</c> fails: two CNAMEs pointing at each other.</summary>
    public required CnameScenario CnameLoop { get; init; }

    /// <summary><c>dns.cname</c> fails: the CNAME target does not exist (NXDOMAIN).</summary>
    public required CnameScenario CnameDangling { get; init; }

    /// <summary>
    /// A chain of eight CNAMEs before the address, exactly the default <c>MaxCnameDepth</c> (8): <c>dns.cname</c> passes
    /// with every link in its evidence, and fails as too deep (868) once the limit is lowered below the chain's depth.
    /// </summary>
    public required CnameScenario CnameDeepChain { get; init; }

    /// <summary>
    /// Why there is no "CNAME beside other data" scenario: no server installed here will serve one. BIND refuses
    /// to load such a zone ("CNAME and other data"); unbound local-data and dnsmasq answer every type at the
    /// name with the CNAME alone. That case belongs to tests at the transport seam (crafted DNS messages).
    /// </summary>
    public required string CnameBesideOtherDataUnavailableReason { get; init; }
}

/// <summary>A name and what it resolves to.</summary>
/// <param name="Name">The name.</param>
/// <param name="Addresses">Its A records.</param>
/// <param name="Ttl">Their TTL in seconds.</param>
public sealed record NameScenario(string Name, IReadOnlyList<IPAddress> Addresses, int Ttl);

/// <summary>
/// Replication lag: the zone changed on the primary (serial bumped, one record changed, one added) and was
/// reloaded there only; the secondary still serves the previous version until refreshed.
/// </summary>
/// <param name="Zone">The lagging zone (<c>lagging.example.local</c>), on both internal servers.</param>
/// <param name="ChangedName">The name whose address differs between the servers.</param>
/// <param name="PrimaryAddress">What the primary answers for <paramref name="ChangedName"/> (the current address).</param>
/// <param name="SecondaryAddress">What the secondary answers for <paramref name="ChangedName"/> (the old address).</param>
/// <param name="AddedName">A name only the primary has (NXDOMAIN on the secondary).</param>
/// <param name="AddedAddress">Its address on the primary.</param>
/// <param name="PrimarySerial">The zone's SOA serial on the primary.</param>
/// <param name="SecondarySerial">The zone's SOA serial on the secondary (lower).</param>
public sealed record ReplicationLagScenario(
    string Zone,
    string ChangedName,
    IPAddress PrimaryAddress,
    IPAddress SecondaryAddress,
    string AddedName,
    IPAddress AddedAddress,
    uint PrimarySerial,
    uint SecondarySerial);

/// <summary>
/// Stale cache: the resolver was asked once, then the record changed on the authoritative servers; the
/// resolver keeps the old answer for the record's TTL.
/// </summary>
/// <param name="Name">The name (<c>moved.example.local</c>).</param>
/// <param name="CachedAddress">What the resolver answers (the old address).</param>
/// <param name="CurrentAddress">What both authoritative servers answer now.</param>
/// <param name="Ttl">The record's TTL, which is how long the resolver keeps the stale answer.</param>
public sealed record StaleCacheScenario(string Name, IPAddress CachedAddress, IPAddress CurrentAddress, int Ttl);

/// <summary>A forward name, its address and what the reverse zone says about that address.</summary>
/// <param name="Name">The forward name.</param>
/// <param name="Address">Its A record.</param>
/// <param name="ReverseName">The PTR owner name of the address (<c>d.c.b.a.in-addr.arpa</c>).</param>
/// <param name="PtrTarget">What the PTR record names, or null when there is none.</param>
/// <param name="PtrTargetAddress">What <paramref name="PtrTarget"/> resolves to, or null.</param>
public sealed record PtrScenario(string Name, IPAddress Address, string ReverseName, string? PtrTarget, IPAddress? PtrTargetAddress);

/// <summary>A CNAME scenario on the external server.</summary>
/// <param name="Name">The name to ask.</param>
/// <param name="Chain">The CNAME targets in order, starting with the first alias target.</param>
/// <param name="FinalAddress">The address at the end of the chain, or null when there is none.</param>
public sealed record CnameScenario(string Name, IReadOnlyList<string> Chain, IPAddress? FinalAddress)
{
    /// <summary>Number of CNAME records followed.</summary>
    public int Depth => Chain.Count;
}
