using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Gre;

/// <summary>
/// <c>gre.path</c> against real pptpd carrying real GRE (its PPP stand-in speaks first), behind a firewall that
/// drops GRE, with the real pppd that cannot start here, and behind a firewall that rejects TCP 1723.
/// </summary>
public sealed class GrePathTests(LabFixture lab)
{
    [Fact]
    public async Task GrePath_PptpdCarryingLcp_PassesWithTheServersGre()
    {
        var server = lab.Topology.Tunnels.Pptp;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(server.Address, LabTargets.Pptp), CheckIds.GrePath);

        var finding = Single(report, CheckIds.GrePath);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("lcp", Evidence(finding, "grePayload"));
        Assert.Equal(server.Address.ToString(), Evidence(finding, "greFrom"));
        Assert.Equal("true", Evidence(finding, "greSent"));
        Assert.Contains("GRE passes", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrePath_GreDroppedOnThePath_FailsWith806AndGreBlockedIsDiagnosed()
    {
        var server = lab.Topology.Tunnels.PptpGreFiltered;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(server.Address, LabTargets.Pptp), CheckIds.PptpControl, CheckIds.GrePath);

        HasStatus(CheckStatus.Pass, Single(report, CheckIds.PptpControl));
        var finding = Single(report, CheckIds.GrePath);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal(["806", "619"], finding.ErrorCodes);
        Assert.Equal("true", Evidence(finding, "greSent"));
        Assert.Contains(finding.Remediation, step => step.En.Contains("PPTP passthrough", StringComparison.Ordinal));
        Assert.Equal("closed", Evidence(finding, "stop")); // pptpd ends the control connection when its call is cleared
        var first = FirstCause(report, "path.gre-blocked");
        Assert.Contains("806", first.ErrorCodes);
        Assert.Contains(CheckIds.PptpControl, first.Checks);
    }

    [Fact]
    public async Task GrePath_RealPppdThatCannotStart_ErrorsAsCallClosedNotAPathVerdict()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Tunnels.PptpWithoutPpp.Address, LabTargets.Pptp), CheckIds.GrePath);

        var finding = Single(report, CheckIds.GrePath);
        HasStatus(CheckStatus.Error, finding);
        HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("closed", Evidence(finding, "callState"));
        Assert.Equal("closed", Evidence(finding, "stop"));
        Assert.Contains("pppd cannot run", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("GRE は確認できていません", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
        Assert.DoesNotContain(report.Diagnosis, cause => cause.Id == "path.gre-blocked");
    }

    [Fact]
    public async Task GrePath_ControlConnectionRefused_SkipsPointingAtPptpControl()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Tunnels.PptpRejected.Address, LabTargets.Pptp), CheckIds.GrePath);

        var finding = Single(report, CheckIds.GrePath);
        HasStatus(CheckStatus.Skip, finding);
        Assert.Equal(ProbeOutcome.Refused, Evidence(finding, "control"));
        Assert.Contains("pptp.control", finding.Summary.En, StringComparison.Ordinal);
        Assert.False(finding.Evidence.ContainsKey(ProbeOutcome.Key));
    }
}
