namespace VpnBot.Bench.Host;

/// <summary>
/// Runs one scenario against one bot: a fresh process, an unmeasured warm-up from other users, one second to
/// settle, then the measured messages; finally waits for late replies and reads what the process used.
/// </summary>
internal static class RowRun
{
    private const int WarmupSenders = 8;
    private const int WarmupFirstUser = 900_000;
    private static readonly TimeSpan LateReplies = TimeSpan.FromSeconds(10);

    public static async Task<RowResult> RunAsync(BotTarget target, Scenario scenario, int run, ConnectorStandIn connector, HostBenchOptions options, string name, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var quiet = options.QuietShare > 0 ? await QuietMachine.WaitAsync(options.QuietShare, options.QuietWait, cancellationToken) : double.NaN;
        await using var bot = await BotProcess.StartAsync(target, Path.Combine(options.Logs, name + ".log"), cancellationToken);
        var endpoint = new Uri(bot.BaseUrl, "api/messages");
        using var client = Load.Client();

        var warmup = new Scenario(ScenarioKind.Steady, "warm-up", scenario.Texts, options.Warmup, 50, WarmupFirstUser, null, WarmupSenders, scenario.Expected);
        await Load.BackToBackAsync(client, endpoint, warmup.Prepare(connector.ServiceUrl), WarmupSenders, cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);

        var messages = scenario.Prepare(connector.ServiceUrl);
        using var profiler = await Profiler.StartAsync(options.Attach, bot.Id, name, cancellationToken);
        var afterWarmup = bot.Memory();
        var botCpu = bot.CpuTime();
        var benchCpu = BenchCpu();
        var machine = MachineLoad.Read();
        var started = time.GetTimestamp();

        var outcomes = await scenario.RunAsync(client, endpoint, messages, cancellationToken);
        await WaitForRepliesAsync(connector, outcomes, cancellationToken);

        var elapsed = time.GetElapsedTime(started);
        botCpu = bot.CpuTime() - botCpu;
        benchCpu = BenchCpu() - benchCpu;
        var others = MachineLoad.Read() - machine - botCpu - benchCpu;
        var end = bot.Memory();
        foreach (var outcome in outcomes)
        {
            outcome.Reply = connector.FirstReplyTo(outcome.Message.ActivityId);
        }

        if (profiler is not null)
        {
            await profiler.WaitAsync(cancellationToken);
        }

        return new RowResult(scenario, target, run, outcomes, afterWarmup, end, botCpu, benchCpu, others, elapsed, quiet);
    }

    private static TimeSpan BenchCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    // A bot may answer HTTP before its reply reaches the connector (a reply sent outside the turn); give those
    // replies a bounded time to arrive, then count the rest as missing.
    private static async Task WaitForRepliesAsync(ConnectorStandIn connector, IReadOnlyList<Outcome> outcomes, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (outcomes.Any(o => o.Status == 200 && connector.FirstReplyTo(o.Message.ActivityId) is null) && time.GetElapsedTime(started) < LateReplies)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
        }
    }
}
