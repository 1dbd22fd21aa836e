using System.Net;
using VpnBot.Lab.Daemons.Bind;
using VpnBot.Lab.Network;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab.Scenarios;

/// <summary>
/// The DNS scenarios of a slot — names, addresses, serials — and the zone files that make them true.
/// The internal and lagging zones exist in two versions: the first is transferred to the secondary and
/// cached by the resolver, then the primary alone is reloaded with the second.
/// </summary>
internal sealed class DnsScenarioPlan
{
    public const string InternalZone = "example.local";
    public const string LaggingZone = "lagging.example.local";
    public const string PublicZone = "example.net";
    public const uint FirstSerial = 2024060101;
    public const uint SecondSerial = 2024060102;
    public const int LongTtl = 86400;
    public const int CnameChainDepth = 8;

    private readonly LabPlan _plan;

    public DnsScenarioPlan(LabPlan plan)
    {
        _plan = plan;
        var net = plan.Net;
        VpnAddress = plan.Vpn.Address;
        LaggingOldAddress = net.OnBridge(29);
        LaggingAddedAddress = net.OnBridge(25);
        MovedOldAddress = net.OnBridge(40);
        PtrMismatchAddress = net.OnBridge(26);
        LegacyVpnAddress = net.OnBridge(27);
        NoPtrAddress = net.OnBridge(28);
    }

    public static string VpnName => $"vpn.{InternalZone}";

    public static string PublicVpnName => $"vpn.{PublicZone}";

    public IPAddress VpnAddress { get; }

    /// <summary>A private (RFC 1918) address the external server must never hand out.</summary>
    public static IPAddress LeakedAddress { get; } = IPAddress.Parse("10.0.0.5");

    private IPAddress LaggingOldAddress { get; }

    private IPAddress LaggingAddedAddress { get; }

    private IPAddress MovedOldAddress { get; }

    private IPAddress PtrMismatchAddress { get; }

    private IPAddress LegacyVpnAddress { get; }

    private IPAddress NoPtrAddress { get; }

    public string ReverseZone => _plan.Net.ReverseZone;

    public DnsScenarios Scenarios() => new()
    {
        Healthy = new NameScenario(VpnName, [VpnAddress], ZoneFile.DefaultTtl),
        MissingName = $"absent.{InternalZone}",
        ReplicationLag = new ReplicationLagScenario(
            LaggingZone, $"vpn.{LaggingZone}", VpnAddress, LaggingOldAddress, $"added.{LaggingZone}", LaggingAddedAddress, SecondSerial, FirstSerial),
        StaleCache = new StaleCacheScenario($"moved.{InternalZone}", MovedOldAddress, VpnAddress, LongTtl),
        PtrConfirmed = new PtrScenario(VpnName, VpnAddress, ReverseName(VpnAddress), VpnName, VpnAddress),
        PtrMismatch = new PtrScenario(
            $"ptr-mismatch.{InternalZone}", PtrMismatchAddress, ReverseName(PtrMismatchAddress), $"legacy-vpn.{InternalZone}", LegacyVpnAddress),
        PtrMissing = new PtrScenario($"no-ptr.{InternalZone}", NoPtrAddress, ReverseName(NoPtrAddress), null, null),
        PublicName = new NameScenario(PublicVpnName, [VpnAddress], ZoneFile.DefaultTtl),
        SplitHorizonLeak = new NameScenario($"leak.{PublicZone}", [LeakedAddress], ZoneFile.DefaultTtl),
        LongTtl = new NameScenario($"vpn-longttl.{PublicZone}", [VpnAddress], LongTtl),
        CnameHealthy = new CnameScenario($"vpn-alias.{PublicZone}", [PublicVpnName], VpnAddress),
        CnameLoop = new CnameScenario($"loop-a.{PublicZone}", [$"loop-b.{PublicZone}", $"loop-a.{PublicZone}"], null),
        CnameDangling = new CnameScenario($"dangling.{PublicZone}", [$"gone.{PublicZone}"], null),
        CnameDeepChain = new CnameScenario(
            $"chain-1.{PublicZone}",
            [.. Enumerable.Range(2, CnameChainDepth - 1).Select(i => $"chain-{i}.{PublicZone}"), PublicVpnName],
            VpnAddress),
        CnameBesideOtherDataUnavailableReason =
            "No DNS server installed here serves a CNAME beside other data: BIND refuses to load the zone " +
            "(\"CNAME and other data\"), and unbound (local-data) and dnsmasq answer every type at the name with the CNAME alone.",
    };

    /// <summary>example.local; the second version moves <c>moved</c> to the VPN's address.</summary>
    public ZoneFile Internal(bool changed) => new(InternalZone, $"ns1.{InternalZone}", changed ? SecondSerial : FirstSerial, SoaTimers.Default,
    [
        new("@", "NS", $"ns1.{InternalZone}."),
        new("@", "NS", $"ns2.{InternalZone}."),
        new("ns1", "A", $"{_plan.DnsPrimary.Address}"),
        new("ns2", "A", $"{_plan.DnsSecondary.Address}"),
        new("resolver", "A", $"{_plan.Resolver.Address}"),
        new("vpn", "A", $"{VpnAddress}"),
        new("ike-suiteb", "A", $"{_plan.IkeSuiteB.Address}"),
        new("ike-modp3072", "A", $"{_plan.IkeModp3072.Address}"),
        new("ike-cookie", "A", $"{_plan.IkeCookie.Address}"),
        new("ptr-mismatch", "A", $"{PtrMismatchAddress}"),
        new("legacy-vpn", "A", $"{LegacyVpnAddress}"),
        new("no-ptr", "A", $"{NoPtrAddress}"),
        new("moved", "A", $"{(changed ? VpnAddress : MovedOldAddress)}", LongTtl),
        new("lagging", "NS", $"ns1.{InternalZone}."),
        new("lagging", "NS", $"ns2.{InternalZone}."),
    ]);

    /// <summary>lagging.example.local; the second version changes <c>vpn</c> and adds <c>added</c>.</summary>
    public ZoneFile Lagging(bool changed) => new(LaggingZone, $"ns1.{InternalZone}", changed ? SecondSerial : FirstSerial, SoaTimers.NeverRefresh,
    [
        new("@", "NS", $"ns1.{InternalZone}."),
        new("@", "NS", $"ns2.{InternalZone}."),
        new("vpn", "A", $"{(changed ? VpnAddress : LaggingOldAddress)}"),
        .. changed ? [new ZoneRecord("added", "A", $"{LaggingAddedAddress}")] : Array.Empty<ZoneRecord>(),
    ]);

    /// <summary>The bridge subnet's reverse zone: a forward-confirmed PTR for the VPN, a mismatched one, none for no-ptr.</summary>
    public ZoneFile Reverse() => new(ReverseZone, $"ns1.{InternalZone}", FirstSerial, SoaTimers.Default,
    [
        new("@", "NS", $"ns1.{InternalZone}."),
        new("@", "NS", $"ns2.{InternalZone}."),
        new(LastOctet(_plan.DnsPrimary.Address), "PTR", $"ns1.{InternalZone}."),
        new(LastOctet(_plan.DnsSecondary.Address), "PTR", $"ns2.{InternalZone}."),
        new(LastOctet(_plan.Resolver.Address), "PTR", $"resolver.{InternalZone}."),
        new(LastOctet(VpnAddress), "PTR", $"{VpnName}."),
        new(LastOctet(PtrMismatchAddress), "PTR", $"legacy-vpn.{InternalZone}."),
    ]);

    /// <summary>example.net as the internet sees it.</summary>
    public ZoneFile Public()
    {
        var chain = Enumerable.Range(1, CnameChainDepth)
            .Select(i => new ZoneRecord($"chain-{i}", "CNAME", i < CnameChainDepth ? $"chain-{i + 1}.{PublicZone}." : $"{PublicVpnName}."));
        return new(PublicZone, $"ns.{PublicZone}", FirstSerial, SoaTimers.Default,
        [
            new("@", "NS", $"ns.{PublicZone}."),
            new("ns", "A", $"{_plan.DnsExternal.Address}"),
            new("vpn", "A", $"{VpnAddress}"),
            new("leak", "A", $"{LeakedAddress}"),
            new("vpn-longttl", "A", $"{VpnAddress}", LongTtl),
            new("vpn-alias", "CNAME", $"{PublicVpnName}."),
            new("loop-a", "CNAME", $"loop-b.{PublicZone}."),
            new("loop-b", "CNAME", $"loop-a.{PublicZone}."),
            new("dangling", "CNAME", $"gone.{PublicZone}."),
            .. chain,
        ]);
    }

    public static string ReverseName(IPAddress address)
    {
        var octets = address.GetAddressBytes();
        return $"{octets[3]}.{octets[2]}.{octets[1]}.{octets[0]}.in-addr.arpa";
    }

    private static string LastOctet(IPAddress address) => $"{address.GetAddressBytes()[3]}";
}
