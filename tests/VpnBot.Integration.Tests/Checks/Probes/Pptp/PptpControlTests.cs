using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Pptp;

/// <summary><c>pptp.control</c> against real pptpd: answered, rejected by the firewall with a RST, and dropped.</summary>
public sealed class PptpControlTests(LabFixture lab)
{
    [Fact]
    public async Task PptpControl_HealthyVpn_PassesWithPptpdsHostNameAndVendor()
    {
        var tunnels = lab.Topology.Tunnels;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(tunnels.Pptp.Address, LabTargets.Pptp), CheckIds.PptpControl);

        var finding = Single(report, CheckIds.PptpControl);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal(tunnels.PptpHostName, Evidence(finding, "hostname"));
        Assert.Equal(tunnels.PptpVendor, Evidence(finding, "vendor"));
        Assert.Equal("1", Evidence(finding, "resultCode"));
        Assert.Equal("1", Evidence(finding, "firmware"));
        Assert.Equal("vpn.example.local:1723", finding.Subject);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task PptpControl_FirewallResetsTcp1723_FailsAsRefusedWith619()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Tunnels.PptpRejected.Address, LabTargets.Pptp), CheckIds.PptpControl);

        var finding = Single(report, CheckIds.PptpControl);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.Refused, finding);
        Assert.Equal(["619", "800"], finding.ErrorCodes);
        var first = FirstCause(report, "path.pptp-blocked");
        Assert.Contains("619", first.ErrorCodes);
    }

    /// <summary>The broken endpoint's firewall drops TCP 1723 silently.</summary>
    [Fact]
    public async Task PptpControl_FirewallDropsTcp1723_FailsAsNoAnswerWith619()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.Udp500Filtered.Address, LabTargets.Pptp), CheckIds.PptpControl);

        var finding = Single(report, CheckIds.PptpControl);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal(["619", "800"], finding.ErrorCodes);
    }
}
