using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>One run of scenario 1: every endpoint checked at once through one agent.</summary>
/// <param name="Wall">From the first post to the last final card; null when some check got none.</param>
internal sealed record FanInResult(int Run, string Agent, IReadOnlyList<CheckTiming> Checks, TimeSpan? Wall, ProcessUse AgentUse, ProcessUse HostUse, long ProgressUpdates, double OtherShare)
{
    public int Complete => Checks.Count(c => c.Complete);

    /// <summary>Final cards that carry findings the agent sent and no "agent gave none" finding.</summary>
    public int WithAgentFindings => Checks.Count(c => c.Findings.From(Agent) > 0 && c.Findings.Missing(Agent) == 0);

    public int AgentRows => Checks.Sum(c => c.Findings.From(Agent));

    public int MissingRows => Checks.Sum(c => c.Findings.Missing(Agent));
}

/// <summary>
/// Scenario 1: a host with N endpoints, all of them in the site of its one agent, every plan slowed to its
/// deadline by a DNS server that never answers; N <c>/vpn check</c> posted at once, each from its own personal
/// conversation. The host runs its own plan beside the agent's, as it does for every check.
/// </summary>
internal static class FanIn
{
    /// <summary>A card update per check at most (the first finding), so the host's writes do not drown the measurement.</summary>
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromMinutes(1);

    /// <summary>Checks of other conversations first, so the measured ones meet a host and an agent past their first JIT.</summary>
    public const int WarmupChecks = 4;

    public static async Task<FanInResult> RunAsync(int run, AgentBenchOptions options, Connector connector, SilentDns dns, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var name = string.Create(CultureInfo.InvariantCulture, $"fan-in-{run}");
        var endpoints = LabEndpoints.Slow(options.Endpoints, dns.Port, options.Deadline);
        await using var lab = await Lab.StartAsync(name, endpoints, maxConcurrentChecks: 1000, UpdateInterval, options, connector, cancellationToken);
        var agent = (await lab.AddAgentsAsync(1, cancellationToken))[0];
        var wait = Wait(options);

        await Task.WhenAll(Enumerable.Range(0, Math.Min(WarmupChecks, options.Endpoints))
            .Select(i => lab.Chat.CheckAsync(LabEndpoints.SlowName(i), $"a:{name}-warmup-{i}", wait, cancellationToken)));

        var agentCpu = agent.CpuTime();
        var hostCpu = lab.Host.CpuTime();
        var machine = MachineLoad.Read();
        var self = BenchProcess.Cpu();
        var updates = connector.ProgressUpdates;
        var started = time.GetTimestamp();
        var checks = await Task.WhenAll(Enumerable.Range(0, options.Endpoints)
            .Select(i => lab.Chat.CheckAsync(LabEndpoints.SlowName(i), $"a:{name}-{i}", wait, cancellationToken)));
        var elapsed = time.GetElapsedTime(started);

        agentCpu = agent.CpuTime() - agentCpu;
        hostCpu = lab.Host.CpuTime() - hostCpu;
        var others = MachineLoad.Read() - machine - agentCpu - hostCpu - (BenchProcess.Cpu() - self);
        TimeSpan? wall = checks.All(c => c.Complete)
            ? time.GetElapsedTime(checks.Min(c => c.Sent), checks.Max(c => c.Final!.Arrived))
            : null;
        return new FanInResult(
            run,
            agent.Name,
            checks,
            wall,
            new ProcessUse(agent.Name, agent.Memory(), agentCpu),
            new ProcessUse("host", lab.Host.Memory(), hostCpu),
            connector.ProgressUpdates - updates,
            Math.Max(0, others / elapsed / Environment.ProcessorCount));
    }

    /// <summary>
    /// The longest a check is waited for: far past any goal, so a host that falls behind still gets a time (two
    /// minutes at a 5 s deadline), yet bounded, so a lost card does not stall the run.
    /// </summary>
    public static TimeSpan Wait(AgentBenchOptions options) => (options.Deadline * 12) + TimeSpan.FromSeconds(60);
}
