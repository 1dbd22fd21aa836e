using System.Net;

namespace VpnBot.Lab.Network;

/// <summary>
/// Where everything of one slot lives: namespaces, addresses on the bridge (198.18.(8N).x) and behind the
/// firewall, and the lab folder. Pure data; nothing is created here.
/// </summary>
internal sealed class LabPlan
{
    public LabPlan(int slot, string directory)
    {
        Net = new SlotAddressing(slot);
        Directory = directory;
        Firewall = Host("firewall", "fw", 2, 14, 15, 16);
        DnsPrimary = Host("dns-primary", "dns1", 10);
        DnsSecondary = Host("dns-secondary", "dns2", 11);
        Resolver = Host("resolver", "rslv", 12);
        DnsExternal = Host("dns-external", "dnsx", 13);
        Vpn = Host("vpn", "vpn", 20);
        IkeSuiteB = Host("ike-suiteb", "suiteb", 21);
        IkeModp3072 = Host("ike-modp3072", "modp", 22);
        IkeCookie = Host("ike-cookie", "cookie", 23);
        Tls = Host("tls", "tls", 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 46, 47, 48, 49, 50);
        IkeRrasLike = Host("ike-rras-like", "rras", 41, 42);
        TunnelQuirks = Host("tunnel-quirks", "tun", 43, 44);
        Sstp = Host("sstp", "sstp", 45);
        Pki = Host("pki", "pki", 51);
        IkeBehindFirewall = Routed("ike-behind-firewall", "ikefw", 1);
        PptpBehindFirewall = Routed("pptp-behind-firewall", "pptpfw", 2);
        PptpGreFiltered = Routed("pptp-gre-filtered", "grefw", 3);
        IkeBehindNat = Routed("ike-behind-nat", "ikenat", 4);
        Hosts =
        [
            Firewall, DnsPrimary, DnsSecondary, Resolver, DnsExternal, Vpn, IkeSuiteB, IkeModp3072, IkeCookie, Tls,
            IkeRrasLike, TunnelQuirks, Sstp, Pki, IkeBehindFirewall, PptpBehindFirewall, PptpGreFiltered, IkeBehindNat,
        ];
    }

    public SlotAddressing Net { get; }

    public string Directory { get; }

    public PlannedHost Firewall { get; }

    public PlannedHost DnsPrimary { get; }

    public PlannedHost DnsSecondary { get; }

    public PlannedHost Resolver { get; }

    public PlannedHost DnsExternal { get; }

    public PlannedHost Vpn { get; }

    public PlannedHost IkeSuiteB { get; }

    public PlannedHost IkeModp3072 { get; }

    public PlannedHost IkeCookie { get; }

    /// <summary>One namespace holding every TLS scenario address, one s_server each.</summary>
    public PlannedHost Tls { get; }

    /// <summary>One charon with connections per address: IKEv2 with MODP-1024 only; IKEv1 and IKEv2 with Windows-friendly proposals.</summary>
    public PlannedHost IkeRrasLike { get; }

    /// <summary>pptpd with the real pppd (which cannot start here), and xl2tpd refusing every peer; no IKE at all.</summary>
    public PlannedHost TunnelQuirks { get; }

    /// <summary>SoftEther VPN Server with its SSTP listener.</summary>
    public PlannedHost Sstp { get; }

    /// <summary>The CAs' publishing host: the CRL server on TCP 80 and an OCSP responder per CA.</summary>
    public PlannedHost Pki { get; }

    public PlannedHost IkeBehindFirewall { get; }

    public PlannedHost PptpBehindFirewall { get; }

    /// <summary>pptpd with the PPP stand-in; the firewall drops GRE to and from it.</summary>
    public PlannedHost PptpGreFiltered { get; }

    /// <summary>A charon reached only through the firewall's destination NAT on <see cref="NatFront"/>.</summary>
    public PlannedHost IkeBehindNat { get; }

    public IReadOnlyList<PlannedHost> Hosts { get; }

    /// <summary>The firewall's second bridge address, where every packet is dropped: the silent DNS server.</summary>
    public IPAddress SilentDns => Firewall.Addresses[1];

    /// <summary>The firewall's third bridge address, forwarding UDP 500 and 4500 to <see cref="IkeBehindNat"/> (destination NAT).</summary>
    public IPAddress NatFront => Firewall.Addresses[2];

    /// <summary>The firewall's fourth bridge address, where every packet is dropped: the CRL and OCSP server that is down.</summary>
    public IPAddress SilentPki => Firewall.Addresses[3];

    /// <summary>The firewall's address on a routed subnet: the default gateway of the host behind it.</summary>
    public IPAddress FirewallInside(int subnet) => Net.Routed(subnet, 1);

    public IReadOnlyList<string> RoutedSubnets => [.. Hosts.Where(h => h.BehindFirewall).Select(h => Net.RoutedSubnet(h.RoutedSubnet!.Value))];

    /// <summary>The root-side links the lab creates: the bridge and one veth per bridged host.</summary>
    public IReadOnlyList<string> RootLinks => [Net.Bridge, .. Hosts.Where(h => !h.BehindFirewall).Select(h => h.Namespace)];

    public string PathFor(string relative) => Path.Combine(Directory, relative);

    private PlannedHost Host(string role, string suffix, params int[] hosts) =>
        new(role, Net.Name(suffix), [.. hosts.Select(Net.OnBridge)]);

    private PlannedHost Routed(string role, string suffix, int subnet) =>
        new(role, Net.Name(suffix), [Net.Routed(subnet, 10)], RoutedSubnet: subnet);
}
