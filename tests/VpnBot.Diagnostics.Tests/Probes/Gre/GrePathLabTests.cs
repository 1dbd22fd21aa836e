using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Gre;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Gre;

/// <summary>
/// pptpd as shipped, with the real pppd: on this machine pppd cannot start (no /dev/ppp), and pptpd
/// answers the call "connected", then closes the control connection about 20 ms later without a
/// Call-Disconnect-Notify and without any GRE. The probe must say the call was dropped, not judge the path.
/// </summary>
public sealed class GrePathRealPppdTests(PptpdLab pptpd) : IClassFixture<PptpdLab>
{
    [Fact]
    public async Task Run_RealPptpdWhosePppdCannotStart_ErrorsAsCallClosedNotAPathVerdict()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);

        var finding = await GrePathRun.RunAsync(pptpd.Lab, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("closed", finding.Evidence["callState"]);
        Assert.Contains("pppd cannot run", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("GRE は確認できていません", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
    }
}

/// <summary>pptpd with a PPP program that speaks: its LCP Configure-Request comes back in GRE.</summary>
public sealed class GrePathStandInTests(PptpdWithPppStandIn pptpd) : IClassFixture<PptpdWithPppStandIn>
{
    [Fact]
    public async Task Run_RealPptpdCarryingLcp_PassesWithTheServersGre()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);

        var finding = await GrePathRun.RunAsync(pptpd.Lab, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("lcp", finding.Evidence["grePayload"]);
        Assert.Equal(pptpd.Lab.ServerAddress.ToString(), finding.Evidence["greFrom"]);
        Assert.Equal("true", finding.Evidence["greSent"]);
    }
}

/// <summary>The same server behind a firewall that drops GRE: the call connects, no GRE arrives.</summary>
public sealed class GrePathFilteredTests(PptpdBehindGreFilter pptpd) : IClassFixture<PptpdBehindGreFilter>
{
    [Fact]
    public async Task Run_GreDroppedOnThePath_FailsWith806()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);

        var finding = await GrePathRun.RunAsync(pptpd.Lab, TimeSpan.FromMilliseconds(1500));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal(["806", "619"], finding.ErrorCodes);
        Assert.Contains(finding.Remediation, step => step.En.Contains("PPTP passthrough", StringComparison.Ordinal));
        Assert.Equal("closed", finding.Evidence["stop"]);   // pptpd ends the control connection when its call is cleared
    }
}

internal static class GrePathRun
{
    public static Task<Finding> RunAsync(LabNamespace lab, TimeSpan budget) =>
        ProbeHarness.RunAsync(new GrePathCheck(), ProbeHarness.Target(lab.ServerAddress, VpnPorts.Default), budget);
}
