using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Checks;
using VpnBot.Bot.Configuration;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Tests.Checks;

/// <summary>
/// The fan-out with agents faked at the transport seam (<see cref="IRemoteAgents"/>): a silent agent, a slow one
/// and a dead one each end as a finding in their own column, never as a wait past the deadline.
/// </summary>
public sealed class CheckFanOutTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(400);

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
        .AddVpnDiagnostics()
        .BuildServiceProvider();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task SilentAgent_BecomesANoAnswerFindingInItsColumn()
    {
        var report = await RunAsync(new FakeAgents(Behaviour.Silent));

        var column = Assert.Single(report.Reports, r => r.Point.Name == "tokyo-1");
        var finding = Assert.Single(column.Report.Findings);
        Assert.Equal((CheckIds.AgentAnswer, CheckStatus.Error), (finding.Check, finding.Status));
        Assert.Contains("did not answer", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowAgent_KeepsWhatItSentAndItsCircuitStaysClosed()
    {
        var agents = new FakeAgents(Behaviour.OneThenStall);
        var fanOut = FanOut(agents);

        var first = await RunAsync(fanOut);
        await RunAsync(fanOut);
        var third = await RunAsync(fanOut);

        var column = third.Reports.Single(r => r.Point.Name == "tokyo-1").Report.Findings;
        Assert.Contains(column, f => f.Check == CheckIds.DnsResolve);
        Assert.Contains(column, f => f.Check == CheckIds.AgentAnswer && f.Summary.En.Contains("did not finish", StringComparison.Ordinal));
        Assert.Equal(3, agents.Runs);
        Assert.Equal(2, first.Reports.Count);
    }

    [Fact]
    public async Task SilentAgentTwice_IsNotAskedTheThirdTime()
    {
        var agents = new FakeAgents(Behaviour.Silent);
        var fanOut = FanOut(agents);

        await RunAsync(fanOut);
        await RunAsync(fanOut);
        var third = await RunAsync(fanOut);

        Assert.Equal(2, agents.Runs);
        var finding = Assert.Single(third.Reports.Single(r => r.Point.Name == "tokyo-1").Report.Findings);
        Assert.Contains("was not asked this time", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentOfAnotherSite_IsNotAsked()
    {
        var agents = new FakeAgents(Behaviour.Silent, site: "osaka");

        var report = await RunAsync(FanOut(agents), sites: ["tokyo"]);

        Assert.Equal(0, agents.Runs);
        Assert.Equal([VantagePoint.InProcessName], report.Reports.Select(r => r.Point.Name));
    }

    private Task<CombinedReport> RunAsync(FakeAgents agents) => RunAsync(FanOut(agents));

    private async Task<CombinedReport> RunAsync(CheckFanOut fanOut, IReadOnlyList<string>? sites = null)
    {
        var target = new CheckTarget
        {
            Name = "tokyo",
            Fqdn = "vpn.example.test",
            Address = IPAddress.Loopback,
            Protocols = VpnProtocols.Ikev2,
            Ports = VpnPorts.Default with { Ike = 9, NatT = 9 },
        };
        var checker = _services.GetRequiredService<EndpointChecker>();
        var endpoint = new ConfiguredEndpoint("tokyo", target) { Sites = sites ?? [] };
        return await fanOut.RunAsync(endpoint, checker.Plan(target), [], Deadline, _ => { }, Cancel);
    }

    private CheckFanOut FanOut(IRemoteAgents agents) => new(
        _services.GetRequiredService<EndpointChecker>(),
        _services.GetRequiredService<Diagnoser>(),
        _services.GetRequiredService<VantageDiagnoser>(),
        agents,
        Options.Create(new BotOptions()),
        TimeProvider.System,
        NullLogger<CheckFanOut>.Instance);

    private enum Behaviour
    {
        Silent,
        OneThenStall,
    }

    private sealed class FakeAgents(Behaviour behaviour, string site = "tokyo") : IRemoteAgents
    {
        private int _runs;

        public int Runs => _runs;

        public IReadOnlyList<RemoteAgent> Connected =>
        [
            new("tokyo-1", site, new AgentFacts("inside", "0.1.0", "test", [CheckIds.DnsResolve], false, false, ["tokyo"]), DateTimeOffset.UnixEpoch),
        ];

        public async IAsyncEnumerable<Finding> RunAsync(RemoteAgent agent, string endpoint, IReadOnlyList<string> checks, TimeSpan deadline, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            if (behaviour == Behaviour.OneThenStall)
            {
                yield return new Finding { Check = CheckIds.DnsResolve, Subject = "10.0.0.10:53", Status = CheckStatus.Pass, Summary = LocalizedText.Invariant("ok") };
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        public Task<RemediationResult> RemediateAsync(string agent, RemediationRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public void Disconnect(string name)
        {
        }
    }
}
