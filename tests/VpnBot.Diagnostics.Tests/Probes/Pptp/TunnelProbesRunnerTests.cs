using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>The tunnel probes as the runner runs them: registered, planned, and finished inside the deadline.</summary>
public sealed class TunnelProbesRunnerTests
{
    private static readonly string[] TunnelChecks = [CheckIds.PptpControl, CheckIds.GrePath, CheckIds.L2tpControl, CheckIds.SstpListener];

    [Fact]
    public void AddVpnDiagnostics_Always_RegistersTheFourTunnelProbes()
    {
        using var provider = new ServiceCollection().AddVpnDiagnostics().BuildServiceProvider();

        var ids = provider.GetServices<ICheck>().Select(c => c.Id).ToList();

        Assert.All(TunnelChecks, id => Assert.Single(ids, found => found == id));
    }

    [Fact]
    public async Task RunAsync_EveryPeerSilent_EachProbeReportsItsOwnFindingBeforeTheDeadline()
    {
        await using var silentTcp = new LoopbackTcpServer(async (socket, ct) => await LoopbackTcpServer.ReadAsync(socket, 1_000_000, ct));
        await using var silentUdp = new LoopbackUdpServer(_ => []);
        using var provider = new ServiceCollection().AddVpnDiagnostics().BuildServiceProvider();
        var runner = new CheckRunner(provider.GetServices<ICheck>(), TimeProvider.System, NullLogger<CheckRunner>.Instance);
        var target = ProbeHarness.Loopback(VpnPorts.Default with { Pptp = silentTcp.Port, Sstp = silentTcp.Port, L2tp = silentUdp.Port });

        var findings = new List<Finding>();
        var plan = runner.Plan(target, id => TunnelChecks.Contains(id));
        await foreach (var finding in runner.RunAsync(plan, TimeSpan.FromMilliseconds(1500), TestContext.Current.CancellationToken))
        {
            findings.Add(finding);
        }

        Assert.Equal(TunnelChecks.Order(StringComparer.Ordinal), findings.Select(f => f.Check).Order(StringComparer.Ordinal));
        // The runner's own overrun finding carries timeoutMs; a probe's carries what it saw.
        Assert.All(findings, f => Assert.False(f.Evidence.ContainsKey("timeoutMs"), $"{f.Check} overran: {f.Summary.En}"));
        Assert.Equal(ProbeOutcome.Silent, findings.Single(f => f.Check == CheckIds.PptpControl).Evidence[ProbeOutcome.Key]);
        Assert.Equal(ProbeOutcome.Silent, findings.Single(f => f.Check == CheckIds.SstpListener).Evidence[ProbeOutcome.Key]);
        Assert.Equal(ProbeOutcome.NoAnswer, findings.Single(f => f.Check == CheckIds.L2tpControl).Evidence[ProbeOutcome.Key]);
        Assert.Equal(CheckStatus.Skip, findings.Single(f => f.Check == CheckIds.GrePath).Status);
    }

    [Fact]
    public void Plan_NoProtocolOffered_PlansNoTunnelProbe()
    {
        using var provider = new ServiceCollection().AddVpnDiagnostics().BuildServiceProvider();
        var target = ProbeHarness.Loopback(VpnPorts.Default) with { Protocols = VpnProtocols.Ikev2 };

        var units = provider.GetServices<ICheck>().Where(c => TunnelChecks.Contains(c.Id)).SelectMany(c => c.Plan(target));

        Assert.Empty(units);
    }
}
