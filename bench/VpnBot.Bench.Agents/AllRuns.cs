namespace VpnBot.Bench.Agents;

/// <summary>Everything one benchmark run measured.</summary>
/// <param name="LateStarts">Scenarios that started only because the wait for a quiet machine ran out.</param>
internal sealed record AllResults(IReadOnlyList<FanInResult> FanIn, IReadOnlyList<CliResult> Cli, IReadOnlyList<FanOutResult> FanOut, int Starts, int LateStarts);

/// <summary>
/// Each repetition runs the three parts in turn — the agent and the CLI on the same endpoints minutes apart at
/// most, under the same conditions — each with fresh processes, each once the machine is quiet.
/// </summary>
internal static class AllRuns
{
    public static async Task<AllResults> RunAsync(AgentBenchOptions options, Connector connector, CancellationToken cancellationToken)
    {
        using var dns = new SilentDns();
        var fanIn = new List<FanInResult>();
        var cli = new List<CliResult>();
        var fanOut = new List<FanOutResult>();
        int starts = 0, late = 0;
        for (var run = 1; run <= options.Repeat; run++)
        {
            if (options.Runs(1))
            {
                late += await QuietAsync(options, $"1. one agent, {options.Endpoints} endpoints at once, run {run}", cancellationToken);
                fanIn.Add(await FanIn.RunAsync(run, options, connector, dns, cancellationToken));
                await Console.Error.WriteLineAsync(Progress.Describe(fanIn[^1]));

                late += await QuietAsync(options, $"1. baseline: the CLI, {options.Parallel} at a time, run {run}", cancellationToken);
                cli.Add(await CliBaseline.RunAsync(run, options, dns.Port, cancellationToken));
                await Console.Error.WriteLineAsync(Progress.Describe(cli[^1]));
                starts += 2;
            }

            if (options.Runs(2))
            {
                late += await QuietAsync(options, $"2. fan-out to {options.Agents} agents, run {run}", cancellationToken);
                fanOut.Add(await FanOut.RunAsync(run, options, connector, cancellationToken));
                await Console.Error.WriteLineAsync(Progress.Describe(fanOut[^1]));
                starts++;
            }
        }

        return new AllResults(fanIn, cli, fanOut, starts, late);
    }

    /// <summary>Announces the part and waits for a quiet machine; 1 when the wait ran out first.</summary>
    private static async Task<int> QuietAsync(AgentBenchOptions options, string part, CancellationToken cancellationToken)
    {
        await Console.Error.WriteLineAsync($"== {part} (logs: {options.Logs})");
        if (options.QuietShare <= 0)
        {
            return 0;
        }

        var others = await QuietMachine.WaitAsync(options.QuietShare, options.QuietWait, cancellationToken);
        return others >= options.QuietShare ? 1 : 0;
    }
}
