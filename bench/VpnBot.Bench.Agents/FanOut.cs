using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>One run of scenario 2: the same check, one after another, first with no agent, then with every agent connected.</summary>
/// <param name="AgentFailures">Agent runs the host gave up on during the measured checks with agents (its log).</param>
internal sealed record FanOutResult(int Run, IReadOnlyList<CheckTiming> Without, IReadOnlyList<CheckTiming> With, IReadOnlyList<ProcessUse> Agents, int AgentFailures, double OtherShare)
{
    public IReadOnlyList<TimeSpan> WithoutTimes => Sorted(Without);

    public IReadOnlyList<TimeSpan> WithTimes => Sorted(With);

    /// <summary>What the agents add at percentile <paramref name="p"/> (with − without).</summary>
    public TimeSpan Added(double p) => Stats.Percentile(WithTimes, p) - Stats.Percentile(WithoutTimes, p);

    public bool AllComplete => Without.All(c => c.Complete) && With.All(c => c.Complete);

    private static TimeSpan[] Sorted(IEnumerable<CheckTiming> checks) => [.. checks.Where(c => c.Complete).Select(c => c.ToFinal).Order()];
}

/// <summary>
/// Scenario 2: a host with one endpoint whose checks end at once (everything they ask is refused on loopback),
/// asked <c>/vpn check fast</c> one check after another — first alone, then with N agents of the endpoint's site
/// connected, so each check fans out to all of them. Both series run in the same host process, each after its
/// own warm-up; the difference is what the fan-out costs.
/// </summary>
internal static class FanOut
{
    public static async Task<FanOutResult> RunAsync(int run, AgentBenchOptions options, Connector connector, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"fan-out-{run}");
        using var dns = new RefusingDns();

        // The product's own defaults for how many checks run at once and how often a card is updated.
        await using var lab = await Lab.StartAsync(name, LabEndpoints.Fast(dns.Port, options.Deadline), maxConcurrentChecks: 16, TimeSpan.FromSeconds(1), options, connector, cancellationToken);
        var wait = FanIn.Wait(options);
        var machine = MachineLoad.Read();
        var hostCpu = lab.Host.CpuTime();
        var self = BenchProcess.Cpu();
        var started = TimeProvider.System.GetTimestamp();

        await SeriesAsync(lab.Chat, $"{name}-warmup-alone", options.Warmup, wait, cancellationToken);
        var without = await SeriesAsync(lab.Chat, $"{name}-alone", options.Checks, wait, cancellationToken);

        var agents = await lab.AddAgentsAsync(options.Agents, cancellationToken);
        await SeriesAsync(lab.Chat, $"{name}-warmup-agents", options.Warmup, wait, cancellationToken);
        var agentCpu = agents.Select(a => a.CpuTime()).ToList();
        var failures = AgentFailures(lab.Host);
        var with = await SeriesAsync(lab.Chat, $"{name}-agents", options.Checks, wait, cancellationToken);
        failures = AgentFailures(lab.Host) - failures;

        var used = agents.Select((a, i) => new ProcessUse(a.Name, a.Memory(), a.CpuTime() - agentCpu[i])).ToList();
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        // The agents' whole lives (start and enrolment included) fall inside the window: none of it is "others".
        var all = lab.Host.CpuTime() - hostCpu + agents.Aggregate(TimeSpan.Zero, (sum, a) => sum + a.CpuTime()) + (BenchProcess.Cpu() - self);
        var others = MachineLoad.Read() - machine - all;
        return new FanOutResult(run, without, with, used, failures, Math.Max(0, others / elapsed / Environment.ProcessorCount));
    }

    /// <summary>
    /// The host's warnings for an agent run it gave up on (CheckFanOut: no answer within the deadline, connection
    /// lost). With many agents a card cannot show every finding row, so the log is what says that all answered.
    /// </summary>
    private static int AgentFailures(ProductProcess host) =>
        host.CountOutput("did not answer within") + host.CountOutput("was lost during a check");

    /// <summary>Checks one after another, each in its own personal conversation, each waited for to its final card.</summary>
    private static async Task<IReadOnlyList<CheckTiming>> SeriesAsync(Chat chat, string label, int count, TimeSpan wait, CancellationToken cancellationToken)
    {
        var checks = new List<CheckTiming>();
        for (var i = 0; i < count; i++)
        {
            checks.Add(await chat.CheckAsync(LabEndpoints.FastName, string.Create(CultureInfo.InvariantCulture, $"a:{label}-{i}"), wait, cancellationToken));
        }

        return checks;
    }
}
