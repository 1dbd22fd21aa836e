using System.Net;
using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.L2tp;
using VpnBot.Lab.Daemons.Pptp;
using VpnBot.Lab.Daemons.Tls;
using VpnBot.Lab.Ike;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Scenarios;
using VpnBot.Lab.Startup;

namespace VpnBot.Lab.Topology;

/// <summary>Describes a started lab from its plan, its scenarios and its certificates.</summary>
internal static class LabTopologyBuilder
{
    private const int IkePort = 500;
    private const int NatTPort = 4500;

    /// <summary>
    /// Why there is no SSTP listener. Established by running it: with a private configuration (mount namespace
    /// over /var/lib, /var/log and /run) the server starts and completes TLS on 443, and a plain GET gets HTTP 403,
    /// but SSTP_DUPLEX_POST is never answered.
    /// </summary>
    public const string SstpUnavailableReason =
        "The only SSTP server packaged for Debian 12, softether-vpnserver 5.01.9674+git20200806, never answers SSTP_DUPLEX_POST: " +
        "its ProtoHandleConnection() looks the SSTP handler up through a null pointer (a bug upstream fixed in December 2020, " +
        "SoftEtherVPN commit 5611156c \"Cedar/Proto.c: fix crash in ProtoHandleConnection()\"), so the connection hangs without " +
        "the HTTP 200. TLS and plain HTTP work; SSTP does not. The s_server endpoints here complete TLS but are not SSTP listeners.";

    public static IReadOnlyList<(string Certificate, string Namespace, IPAddress Address)> TlsAddresses(LabPlan plan)
    {
        string[] certificates = ["good", "expired", "expiring-soon", "wrong-name", "no-ike-eku", "untrusted"];
        return [.. certificates.Select((name, i) => (name, plan.Tls.Namespace, plan.Tls.Addresses[i]))];
    }

    public static LabTopology Build(
        LabPlan plan,
        DnsScenarioPlan dns,
        LabCertificates certificates,
        IEnumerable<Daemon> daemons,
        IReadOnlyDictionary<string, string> configurationFiles)
    {
        var net = plan.Net;
        var running = daemons.ToList();
        var tls = TlsAddresses(plan).ToDictionary(t => t.Certificate, t => t.Address);
        return new LabTopology
        {
            Slot = net.Slot,
            Directory = plan.Directory,
            Network = new NetworkLayout(net.Bridge, net.BridgeSubnet, net.Gateway, plan.RoutedSubnets),
            Vpn = new VpnServer(
                DnsScenarioPlan.VpnName, DnsScenarioPlan.PublicVpnName, plan.Vpn.Address, IkePort, NatTPort, L2tpServer.Port, PptpServer.Port, TlsServer.Port),
            Dns = new DnsTopology
            {
                InternalZone = DnsScenarioPlan.InternalZone,
                ReverseZone = dns.ReverseZone,
                PublicZone = DnsScenarioPlan.PublicZone,
                Primary = Server("BIND primary", $"ns1.{DnsScenarioPlan.InternalZone}", plan.DnsPrimary, true, "dns-primary"),
                Secondary = Server("BIND secondary", $"ns2.{DnsScenarioPlan.InternalZone}", plan.DnsSecondary, true, "dns-secondary"),
                Resolver = Server("unbound caching resolver", $"resolver.{DnsScenarioPlan.InternalZone}", plan.Resolver, false, "resolver"),
                External = Server("BIND external", $"ns.{DnsScenarioPlan.PublicZone}", plan.DnsExternal, true, "dns-external"),
                Silent = new DnsServer("silent (firewall drops)", null, new IPEndPoint(plan.SilentDns, 53), false, plan.Firewall.Namespace, null),
                InternalZoneSerial = DnsScenarioPlan.SecondSerial,
                ReverseZoneSerial = DnsScenarioPlan.FirstSerial,
                PublicZoneSerial = DnsScenarioPlan.FirstSerial,
                Scenarios = dns.Scenarios(),
            },
            Ike = new IkeTopology
            {
                Default = Responder(plan.Vpn, "ikev1,ikev2", "default", null, null),
                SuiteBOnly = Responder(plan.IkeSuiteB, "ikev2", IkeStartup.SuiteBProposal, IkeSaInit.NotifyNoProposalChosen, null),
                Modp3072Only = Responder(plan.IkeModp3072, "ikev2", IkeStartup.Modp3072Proposal, IkeSaInit.NotifyInvalidKePayload, 15),
                CookieRequired = Responder(plan.IkeCookie, "ikev2", "default", IkeSaInit.NotifyCookie, null),
                Udp500Filtered = Responder(plan.IkeBehindFirewall, "ikev1,ikev2", "default", null, null),
                PreSharedKey = IkeStartup.PreSharedKey,
            },
            Tunnels = new TunnelTopology(
                PptpServer.Endpoint(plan.Vpn), PptpServer.Endpoint(plan.PptpBehindFirewall), new IPEndPoint(plan.Vpn.Address, L2tpServer.Port)),
            Tls = new TlsTopology
            {
                ServerName = DnsScenarioPlan.VpnName,
                CaCertificateFile = certificates.CaFile,
                UntrustedCaCertificateFile = certificates.UntrustedCaFile,
                Vpn = Endpoint(plan.Vpn.Address, certificates["good"]),
                Good = Endpoint(tls["good"], certificates["good"]),
                Expired = Endpoint(tls["expired"], certificates["expired"]),
                ExpiringSoon = Endpoint(tls["expiring-soon"], certificates["expiring-soon"]),
                WrongName = Endpoint(tls["wrong-name"], certificates["wrong-name"]),
                NoIkeEku = Endpoint(tls["no-ike-eku"], certificates["no-ike-eku"]),
                UntrustedIssuer = Endpoint(tls["untrusted"], certificates["untrusted"]),
                SstpUnavailableReason = SstpUnavailableReason,
            },
            Firewall = new FirewallTopology(plan.Firewall.Namespace, plan.Firewall.Address, FirewallRules.Render(plan)),
            Hosts =
            [
                .. plan.Hosts.Select(h => new LabHost(
                    h.Role, h.Namespace, h.Addresses, [.. running.Where(d => d.Spec.Namespace == h.Namespace).Select(d => d.Spec.Name)])),
            ],
        };

        DnsServer Server(string role, string name, PlannedHost host, bool authoritative, string configuration) =>
            new(role, name, new IPEndPoint(host.Address, 53), authoritative, host.Namespace, configurationFiles.GetValueOrDefault(configuration));

        IkeResponder Responder(PlannedHost host, string versions, string proposals, int? notify, int? group) =>
            new(host.Address, IkePort, NatTPort, versions, proposals, notify, group, host.Namespace);

        static TlsEndpoint Endpoint(IPAddress address, MintedCertificate certificate) => new(
            new IPEndPoint(address, TlsServer.Port),
            certificate.CertificateFile,
            certificate.Subject,
            certificate.Profile.DnsNames,
            certificate.Profile.ExtendedKeyUsages,
            certificate.NotBefore,
            certificate.NotAfter,
            certificate.IssuerCertificateFile);
    }
}
