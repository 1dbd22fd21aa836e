using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.L2tp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.L2tp;

/// <summary><c>l2tp.control</c> against a real xl2tpd in a namespace.</summary>
public sealed class Xl2tpdLabTests(Xl2tpdLab xl2tpd) : IClassFixture<Xl2tpdLab>
{
    [Fact]
    public async Task Run_RealXl2tpd_PassesAndTheServerClosesTheTunnel()
    {
        LabNamespace.SkipIf(xl2tpd.Unavailable);

        var finding = await L2tpLabRun.RunAsync(xl2tpd.Lab, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        Assert.Equal("lab-lns", finding.Evidence["hostname"]);
        Assert.Equal("xelerance.com", finding.Evidence["vendor"]);
        Assert.Equal("true", finding.Evidence["stopAcked"]);
        // xl2tpd logs the tunnel it freed, naming the probe's tunnel as the remote one.
        Assert.True(
            await xl2tpd.Lab.WaitForOutputAsync($"Remote: {finding.Evidence["tunnelId"]}", TimeSpan.FromSeconds(2)),
            string.Join('\n', xl2tpd.Lab.Output));
    }

    [Fact]
    public async Task Run_FirewallDropsUdp1701_SkipsAsSilence()
    {
        LabNamespace.SkipIf(xl2tpd.Unavailable);
        string[] rule = ["INPUT", "-p", "udp", "--dport", "1701", "-j", "DROP"];
        await xl2tpd.Lab.ExecAsync("/usr/sbin/iptables", ["-I", .. rule]);
        try
        {
            var finding = await L2tpLabRun.RunAsync(xl2tpd.Lab, TimeSpan.FromMilliseconds(1200));

            ProbeHarness.HasStatus(CheckStatus.Skip, finding);
            ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        }
        finally
        {
            await xl2tpd.Lab.ExecAsync("/usr/sbin/iptables", ["-D", .. rule]);
        }
    }
}

/// <summary><c>l2tp.control</c> against a real xl2tpd that refuses unknown peers.</summary>
public sealed class Xl2tpdRefusalLabTests(Xl2tpdWithAccessControl xl2tpd) : IClassFixture<Xl2tpdWithAccessControl>
{
    [Fact]
    public async Task Run_RealXl2tpdRefusingThePeer_WarnsWithItsResult()
    {
        LabNamespace.SkipIf(xl2tpd.Unavailable);

        var finding = await L2tpLabRun.RunAsync(xl2tpd.Lab, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Warn, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("2", finding.Evidence["resultCode"]);
        Assert.Equal("6", finding.Evidence["errorCode"]);
        Assert.Equal("No Authorization", finding.Evidence["resultMessage"]);
    }
}

internal static class L2tpLabRun
{
    public static Task<Finding> RunAsync(LabNamespace lab, TimeSpan budget) =>
        ProbeHarness.RunAsync(new L2tpControlCheck(new UdpExchange(TimeProvider.System)), ProbeHarness.Target(lab.ServerAddress, VpnPorts.Default), budget);
}
