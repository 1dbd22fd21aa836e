using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary><c>pptp.control</c> against a real pptpd in a namespace, and against real firewall rules in front of it.</summary>
public sealed class PptpdLabTests(PptpdLab pptpd) : IClassFixture<PptpdLab>
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Run_RealPptpd_PassesWithTheValuesRecordedInTheFixture()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);
        var recorded = PptpMessageParser.ParseStartReply(HexFixture.Load("Pptp", "pptpd-sccrp.hex")).Value!;

        var finding = await Run();

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal(recorded.HostName, finding.Evidence["hostname"]);
        Assert.Equal(recorded.Vendor, finding.Evidence["vendor"]);
        Assert.Equal("1", finding.Evidence["firmware"]);
        Assert.Equal("replied", finding.Evidence["stop"]);
    }

    [Fact]
    public async Task Run_FirewallDropsTcp1723_FailsAsNoAnswer()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);
        string[] rule = ["INPUT", "-p", "tcp", "--dport", "1723", "-j", "DROP"];
        await pptpd.Lab.ExecAsync("/usr/sbin/iptables", ["-I", .. rule]);
        try
        {
            var finding = await Run(TimeSpan.FromMilliseconds(1200));

            ProbeHarness.HasStatus(CheckStatus.Fail, finding);
            ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
            Assert.Equal(["619", "800"], finding.ErrorCodes);
        }
        finally
        {
            await pptpd.Lab.ExecAsync("/usr/sbin/iptables", ["-D", .. rule]);
        }
    }

    [Fact]
    public async Task Run_FirewallRejectsWithReset_FailsAsRefused()
    {
        LabNamespace.SkipIf(pptpd.Unavailable);
        string[] rule = ["INPUT", "-p", "tcp", "--dport", "1723", "-j", "REJECT", "--reject-with", "tcp-reset"];
        await pptpd.Lab.ExecAsync("/usr/sbin/iptables", ["-I", .. rule]);
        try
        {
            var finding = await Run();

            ProbeHarness.HasStatus(CheckStatus.Fail, finding);
            ProbeHarness.HasOutcome(ProbeOutcome.Refused, finding);
        }
        finally
        {
            await pptpd.Lab.ExecAsync("/usr/sbin/iptables", ["-D", .. rule]);
        }
    }

    private Task<Finding> Run(TimeSpan? budget = null) =>
        ProbeHarness.RunAsync(new PptpControlCheck(), ProbeHarness.Target(pptpd.Lab.ServerAddress, VpnPorts.Default), budget ?? Budget);
}
