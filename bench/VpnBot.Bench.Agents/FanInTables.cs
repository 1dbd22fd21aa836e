using System.Globalization;
using System.Text;

namespace VpnBot.Bench.Agents;

/// <summary>Scenario 1 and its baseline, side by side, and what the final cards carried.</summary>
internal static class FanInTables
{
    public static void Write(StringBuilder md, AgentBenchOptions options, IReadOnlyList<FanInResult> runs, IReadOnlyList<CliResult> baseline)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### 1. One agent checking {Format.Count(options.Endpoints)} endpoints at once, beside the CLI");
        md.AppendLine();
        md.AppendLine("| run | how | reports | all done after | per check p50 | p90 | max | peak memory | CPU time | other processes |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---|---:|");
        foreach (var (vpnbot, cli) in runs.Zip(baseline))
        {
            var times = Sorted(vpnbot.Checks.Where(c => c.Complete).Select(c => c.ToFinal));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {vpnbot.Run} | VpnBot: host + agent `{vpnbot.Agent}`, all posted at once | {Format.Count(vpnbot.Complete)} final cards | {Wall(vpnbot.Wall)} | {Percentiles(times)} | agent {Format.Mb(vpnbot.AgentUse.Memory.PeakRssKb)}, host {Format.Mb(vpnbot.HostUse.Memory.PeakRssKb)} | agent {Format.Seconds(vpnbot.AgentUse.Cpu)}, host {Format.Seconds(vpnbot.HostUse.Cpu)} | {Format.Share(vpnbot.OtherShare)} |");
            var cliTimes = Sorted(cli.Processes.Select(p => p.Wall));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {cli.Run} | CLI, {cli.Parallel} processes at a time | {Format.Count(cli.Reports)} | {Format.Seconds(cli.Wall)} | {Percentiles(cliTimes)} | {Format.Mb(cli.PeakRssKb)} the largest process; {Format.Mb(cli.PeakSumRssKb)} all running together | {Format.Seconds(cli.Cpu)} (all processes) | {Format.Share(cli.OtherShare)} |");
        }

        md.AppendLine();
        md.AppendLine("Per check: VpnBot from the post to the final card; the CLI from process start to exit.");
        md.AppendLine();
        md.AppendLine("| run | final cards | with the agent's findings | agent finding rows (per card) | `agent.answer` rows | post → progress card (p50 / max) | progress updates | failures |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            var perCard = run.Checks.Where(c => c.Complete).Select(c => c.Findings.From(run.Agent)).DefaultIfEmpty(0).ToList();
            var turns = Sorted(run.Checks.Where(c => c.Progress is not null).Select(c => c.ToProgress));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Run} | {Format.Count(run.Complete)} of {Format.Count(run.Checks.Count)} | {Format.Count(run.WithAgentFindings)} | {Format.Count(run.AgentRows)} ({perCard.Min()}–{perCard.Max()}) | {Format.Count(run.MissingRows)} | {Format.Ms(Stats.Percentile(turns, 0.5))} / {Format.Ms(Stats.Percentile(turns, 1))} | {run.ProgressUpdates:N0} | {Failures(run.Checks)} |");
        }

        md.AppendLine();
        foreach (var (vpnbot, cli) in runs.Zip(baseline))
        {
            if (vpnbot.Wall is { } wall)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- Run {vpnbot.Run}: through the agent, all {Format.Count(options.Endpoints)} reports after {Format.Seconds(wall)} against {Format.Seconds(cli.Wall)} with the CLI ({cli.Wall / wall:0.#}× sooner); the agent's peak {Format.Mb(vpnbot.AgentUse.Memory.PeakRssKb)} against {Format.Mb(cli.PeakSumRssKb)} for the CLI processes running together.");
            }
        }

        md.AppendLine();
    }

    private static List<TimeSpan> Sorted(IEnumerable<TimeSpan> times) => [.. times.Order()];

    private static string Percentiles(List<TimeSpan> sorted) =>
        $"{Format.Ms(Stats.Percentile(sorted, 0.5))} | {Format.Ms(Stats.Percentile(sorted, 0.9))} | {Format.Ms(Stats.Percentile(sorted, 1))}";

    private static string Wall(TimeSpan? wall) => wall is { } w ? Format.Seconds(w) : "– (incomplete)";

    public static string Failures(IEnumerable<CheckTiming> checks)
    {
        var failures = checks.Where(c => !c.Complete)
            .GroupBy(c => c.Error ?? string.Create(CultureInfo.InvariantCulture, $"HTTP {c.Status}"))
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count():N0} {g.Key}"))
            .ToList();
        return failures.Count == 0 ? "0" : string.Join("; ", failures);
    }
}
