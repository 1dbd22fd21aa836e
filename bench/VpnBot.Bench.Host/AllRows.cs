using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>
/// Every chosen scenario, each repetition against both bots in turn (VpnBot, then the baseline), so the two
/// rows of a pair ran minutes apart at most, under the same conditions.
/// </summary>
internal static class AllRows
{
    public static async Task<IReadOnlyList<RowResult>> RunAsync(HostBenchOptions options, ConnectorStandIn connector, CancellationToken cancellationToken)
    {
        BotTarget[] targets = [BotTargets.VpnBotHost(options.HostDll), BotTargets.EchoBaseline(options.BaselineDll)];
        var rows = new List<RowResult>();
        var number = 0;
        foreach (var scenario in Scenarios.Create(options))
        {
            number++;
            if (options.Rows.Count > 0 && !options.Rows.Contains(number))
            {
                continue;
            }

            for (var run = 1; run <= options.Repeat; run++)
            {
                foreach (var target in targets)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"{number}-{run}-{(target.RepliesWithCards ? "vpnbot" : "echo")}");
                    await Console.Error.WriteLineAsync($"== {scenario.Label}, run {run}, {target.Name} (log: {Path.Combine(options.Logs, name)}.log)");
                    var row = await RowRun.RunAsync(target, scenario, options.Repeat == 1 ? 0 : run, connector, options, name, cancellationToken);
                    rows.Add(row);
                    await Console.Error.WriteLineAsync(Progress.Describe(row));
                }
            }
        }

        return rows;
    }
}
