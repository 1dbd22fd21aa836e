using VpnBot.Lab.Certificates;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;
using VpnBot.Lab.Scenarios;
using VpnBot.Lab.Slots;
using VpnBot.Lab.Startup;
using VpnBot.Lab.Topology;

namespace VpnBot.Lab;

/// <summary>
/// Brings the lab up: certificates and CRLs are minted while the network is built, then DNS, IKE, tunnel, SSTP, PKI
/// and TLS daemons start side by side, each waited for with a real query, a handshake or its bound port.
/// </summary>
internal sealed class LabStarter(LabPlan plan, SlotState state, DaemonSet daemons, TimeSpan timeout)
{
    /// <summary>A name the VPN is not: the wrong-name certificate is issued to it.</summary>
    private const string WrongName = "vpn.example.com";

    public async Task<LabTopology> StartAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        var context = new StartupContext(plan, daemons, timeout);
        var points = new PublicationPoints(plan.Pki.Address, plan.SilentPki);
        var certificates = LabCertificates.MintAsync(
            plan.PathFor("pki"), LabCertificates.Profiles(DnsScenarioPlan.VpnName, WrongName, points), points, time.GetUtcNow(), cancellationToken);
        await LabNetwork.CreateAsync(plan, state, cancellationToken).ConfigureAwait(false);

        await Task.WhenAll(
            certificates,
            DnsStartup.StartAsync(context, cancellationToken),
            IkeStartup.StartAsync(context, cancellationToken),
            TunnelStartup.StartAsync(context, cancellationToken),
            SstpStartup.StartAsync(context, cancellationToken),
            PkiStartup.StartAsync(context, certificates, cancellationToken),
            TlsStartup.StartAsync(context, certificates, cancellationToken)).ConfigureAwait(false);
        return LabTopologyBuilder.Build(plan, new DnsScenarioPlan(plan), await certificates.ConfigureAwait(false), points, daemons.All, context.ConfigurationFiles);
    }
}
