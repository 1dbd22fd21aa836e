using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.L2tp;

/// <summary><c>l2tp.control</c> against real xl2tpd: answered and closed again, refused by the LNS, and dropped on the way.</summary>
public sealed class L2tpControlTests(LabFixture lab)
{
    [Fact]
    public async Task L2tpControl_HealthyVpn_PassesWithXl2tpdsHostNameAndTheTunnelClosed()
    {
        var tunnels = lab.Topology.Tunnels;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(tunnels.L2tp.Address, LabTargets.L2tp), CheckIds.L2tpControl);

        var finding = Single(report, CheckIds.L2tpControl);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal(tunnels.L2tpHostName, Evidence(finding, "hostname"));
        Assert.Equal(tunnels.L2tpVendor, Evidence(finding, "vendor"));
        Assert.Equal("true", Evidence(finding, "stopAcked"));

        // xl2tpd logs the tunnel it freed, naming the probe's tunnel as the remote one.
        var freed = $"Remote: {Evidence(finding, "tunnelId")}";
        Assert.True(await lab.Lab.WaitForOutputAsync("xl2tpd (VPN)", freed, TestContext.Current.CancellationToken), lab.Lab.OutputOf("xl2tpd (VPN)"));
    }

    [Fact]
    public async Task L2tpControl_LnsRefusingThePeer_WarnsWithItsStopCcn()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Tunnels.L2tpRefusing.Address, LabTargets.L2tp), CheckIds.L2tpControl);

        var finding = Single(report, CheckIds.L2tpControl);
        HasStatus(CheckStatus.Warn, finding);
        HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("2", Evidence(finding, "resultCode"));
        Assert.Equal("6", Evidence(finding, "errorCode"));
        Assert.Equal("No Authorization", Evidence(finding, "resultMessage"));
    }

    [Fact]
    public async Task L2tpControl_FirewallDropsUdp1701_SkipsAsSilence()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.Udp500Filtered.Address, LabTargets.L2tp), CheckIds.L2tpControl);

        var finding = Single(report, CheckIds.L2tpControl);
        HasStatus(CheckStatus.Skip, finding);
        HasOutcome(ProbeOutcome.NoAnswer, finding);
    }
}
