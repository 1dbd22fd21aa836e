using System.Net;
using VpnBot.Lab.Certificates;
using VpnBot.Lab.Daemons.L2tp;
using VpnBot.Lab.Daemons.Pptp;
using VpnBot.Lab.Daemons.Sstp;
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

    /// <summary>The SSTP server that runs, as its package names it.</summary>
    public const string SstpServer = "SoftEther VPN Server 5.01.9674+git20200806 (Debian softether-vpnserver)";

    /// <summary>The HTTP server that publishes the CRLs, as its package names it.</summary>
    public const string CrlServerSoftware = "BusyBox 1.35.0 httpd (Debian busybox)";

    public static LabTopology Build(
        LabPlan plan,
        DnsScenarioPlan dns,
        LabCertificates certificates,
        PublicationPoints points,
        IEnumerable<Daemon> daemons,
        IReadOnlyDictionary<string, string> configurationFiles)
    {
        var net = plan.Net;
        var running = daemons.ToList();
        var tls = TlsScenarioPlan.Servers(plan, certificates).ToDictionary(s => s.Scenario, s => Endpoint(s.Address, certificates[s.Certificate], s.Options.ChainFile));
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
                SuiteBOnly = Responder(plan.IkeSuiteB, "ikev1,ikev2", IkeStartup.SuiteBProposal, IkeSaInit.NotifyNoProposalChosen, null),
                Modp3072Only = Responder(plan.IkeModp3072, "ikev2", IkeStartup.Modp3072Proposal, IkeSaInit.NotifyInvalidKePayload, 15),
                CookieRequired = Responder(plan.IkeCookie, "ikev2", IkeStartup.CookieProposals, IkeSaInit.NotifyCookie, null),
                Udp500Filtered = Responder(plan.IkeBehindFirewall, "ikev1,ikev2", "default", null, null),
                Modp1024Only = Responder(plan.IkeRrasLike, "ikev2", IkeStartup.Modp1024Proposal, IkeSaInit.NotifyInvalidKePayload, 2),
                RrasLike = Responder(plan.IkeRrasLike, "ikev1,ikev2", $"ikev1: {IkeStartup.WindowsIkev1Proposals}; ikev2: {IkeStartup.RrasIkev2Proposals}", null, null)
                    with { Address = plan.IkeRrasLike.Addresses[1] },
                BehindNat = Responder(plan.IkeBehindNat, "ikev1,ikev2", "default", null, null) with { Address = plan.NatFront },
                BehindNatInside = plan.IkeBehindNat.Address,
                NoResponder = plan.TunnelQuirks.Address,
                PreSharedKey = IkeStartup.PreSharedKey,
            },
            Tunnels = new TunnelTopology
            {
                Pptp = PptpServer.Endpoint(plan.Vpn),
                PptpRejected = PptpServer.Endpoint(plan.PptpBehindFirewall),
                PptpWithoutPpp = PptpServer.Endpoint(plan.TunnelQuirks),
                PptpGreFiltered = PptpServer.Endpoint(plan.PptpGreFiltered),
                PptpHostName = PptpServer.HostName,
                PptpVendor = PptpServer.Vendor,
                L2tp = new IPEndPoint(plan.Vpn.Address, L2tpServer.Port),
                L2tpRefusing = new IPEndPoint(plan.TunnelQuirks.Addresses[1], L2tpServer.Port),
                L2tpHostName = L2tpServer.HostName,
                L2tpVendor = L2tpServer.Vendor,
            },
            Sstp = new SstpTopology(new IPEndPoint(plan.Sstp.Address, SoftEtherServer.Port), SstpServer),
            Tls = new TlsTopology
            {
                ServerName = DnsScenarioPlan.VpnName,
                CaCertificateFile = certificates.CaFile,
                UntrustedCaCertificateFile = certificates.UntrustedCaFile,
                Vpn = Endpoint(plan.Vpn.Address, certificates["good"], null),
                Good = tls[nameof(TlsTopology.Good)],
                Expired = tls[nameof(TlsTopology.Expired)],
                ExpiringSoon = tls[nameof(TlsTopology.ExpiringSoon)],
                WrongName = tls[nameof(TlsTopology.WrongName)],
                NoIkeEku = tls[nameof(TlsTopology.NoIkeEku)],
                UntrustedIssuer = tls[nameof(TlsTopology.UntrustedIssuer)],
                Tls11Only = tls[nameof(TlsTopology.Tls11Only)],
                NotSstp = tls[nameof(TlsTopology.NotSstp)],
                Revoked = tls[nameof(TlsTopology.Revoked)],
                StaleCrl = tls[nameof(TlsTopology.StaleCrl)],
                RevocationOffline = tls[nameof(TlsTopology.RevocationOffline)],
                IntermediateSent = tls[nameof(TlsTopology.IntermediateSent)],
                IntermediateMissing = tls[nameof(TlsTopology.IntermediateMissing)],
                ClientCertificateRequired = tls[nameof(TlsTopology.ClientCertificateRequired)],
                ClientCertificateRequiredTls12 = tls[nameof(TlsTopology.ClientCertificateRequiredTls12)],
                SstpUnavailableReason = SstpUnavailableReason,
            },
            Pki = new PkiTopology
            {
                Root = Authority(LabCa.Root),
                Issuing = Authority(LabCa.Issuing),
                Untrusted = Authority(LabCa.Untrusted),
                Namespace = plan.Pki.Namespace,
                CrlServer = new IPEndPoint(plan.Pki.Address, PublicationPoints.HttpPort),
                CrlServerSoftware = CrlServerSoftware,
                StaleCrlUrl = points.StaleCrlUrl,
                StaleCrlThisUpdate = certificates.StaleCrlThisUpdate,
                StaleCrlNextUpdate = certificates.StaleCrlNextUpdate,
                OfflineAddress = points.Offline,
                OfflineCrlUrl = points.OfflineCrlUrl,
                OfflineOcspUrl = points.OfflineOcspUrl,
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

        CertificationAuthority Authority(LabCa ca) => new(
            ca.Subject[(ca.Subject.LastIndexOf("CN=", StringComparison.Ordinal) + 3)..],
            certificates.CertificateOf(ca),
            points.CrlUrl(ca),
            Path.Combine(certificates.CrlDirectory, ca.CrlFile),
            ca == LabCa.Untrusted ? null : points.OcspUrl(ca),
            certificates.IndexOf(ca),
            [.. certificates.Certificates.Values.Where(c => c.Profile.Issuer == ca && c.Profile.Revoked).Select(c => c.SerialNumber)]);

        static TlsEndpoint Endpoint(IPAddress address, MintedCertificate certificate, string? chainFile) => new(
            new IPEndPoint(address, TlsServer.Port),
            certificate.CertificateFile,
            certificate.Subject,
            certificate.Profile.DnsNames,
            certificate.Profile.ExtendedKeyUsages,
            certificate.NotBefore,
            certificate.NotAfter,
            certificate.IssuerCertificateFile,
            certificate.SerialNumber,
            certificate.Profile.Revocation.CrlUrls,
            certificate.Profile.Revocation.OcspUrls,
            chainFile);
    }
}
