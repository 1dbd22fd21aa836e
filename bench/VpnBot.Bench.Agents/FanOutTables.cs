using System.Globalization;
using System.Text;

namespace VpnBot.Bench.Agents;

/// <summary>Scenario 2: the same check alone and fanned out, the difference, and what each agent used.</summary>
internal static class FanOutTables
{
    public static void Write(StringBuilder md, AgentBenchOptions options, IReadOnlyList<FanOutResult> runs)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"### 2. A check fanned out to {options.Agents} agents");
        md.AppendLine();
        md.AppendLine("Post → final card of `/vpn check fast`, one check after another. A card near Teams' size limit cannot show a row for every finding of every agent, so the findings its heading counts, and the host's own warnings for an agent run it gave up on (no answer within the deadline, connection lost), say whether every agent answered.");
        md.AppendLine();
        md.AppendLine("| run | agents connected | final cards | p50 | p90 | p99 | max | findings per final card | agent runs the host gave up on | failures |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
        {
            Row(md, run.Run, "none", run.Without, run.WithoutTimes, "–");
            Row(md, run.Run, Format.Count(run.Agents.Count), run.With, run.WithTimes, Format.Count(run.AgentFailures));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Run} | **added** | | **{Format.SignedMs(run.Added(0.5))}** | {Format.SignedMs(run.Added(0.9))} | {Format.SignedMs(run.Added(0.99))} | {Format.SignedMs(run.Added(1))} | | | |");
        }

        md.AppendLine();
        if (options.Checks < 100)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"With {options.Checks} checks a series, p99 is its slowest check (nearest rank).");
            md.AppendLine();
        }

        md.AppendLine("| run | each agent's peak memory (VmHWM) | largest | agents' CPU over the measured checks with them (all together) |");
        md.AppendLine("|---|---|---:|---:|");
        foreach (var run in runs)
        {
            var peaks = string.Join(", ", run.Agents.Select(a => $"{a.Name} {Format.Mb(a.Memory.PeakRssKb)}"));
            var cpu = run.Agents.Aggregate(TimeSpan.Zero, (sum, a) => sum + a.Cpu);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Run} | {peaks} | {Format.Mb(run.Agents.Max(a => a.Memory.PeakRssKb))} | {Format.Seconds(cpu)} |");
        }

        md.AppendLine();
    }

    private static void Row(StringBuilder md, int run, string agents, IReadOnlyList<CheckTiming> checks, IReadOnlyList<TimeSpan> times, string gaveUp)
    {
        var complete = checks.Where(c => c.Complete).ToList();
        var totals = complete.Select(c => c.Findings.Total).DefaultIfEmpty(0).ToList();
        var findings = totals.Min() == totals.Max()
            ? Format.Count(totals.Min())
            : string.Create(CultureInfo.InvariantCulture, $"{totals.Min()}–{totals.Max()}");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {run} | {agents} | {Format.Count(complete.Count)} of {Format.Count(checks.Count)} | {Format.Ms(Stats.Percentile(times, 0.5))} | {Format.Ms(Stats.Percentile(times, 0.9))} | {Format.Ms(Stats.Percentile(times, 0.99))} | {Format.Ms(Stats.Percentile(times, 1))} | {findings} | {gaveUp} | {FanInTables.Failures(checks)} |");
    }
}
