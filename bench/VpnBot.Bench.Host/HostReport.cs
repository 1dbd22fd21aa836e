using System.Globalization;
using System.Text;

namespace VpnBot.Bench.Host;

/// <summary>Writes the "Bot host" section: machine, method, the numbers of every row, the goals met or missed.</summary>
internal static class HostReport
{
    public static readonly TimeSpan SteadyGoal = TimeSpan.FromMilliseconds(300);
    public static readonly TimeSpan BurstGoal = TimeSpan.FromSeconds(1);
    public const long MemoryGoalKb = 400 * 1024;

    public static string Render(MachineFacts machine, HostBenchOptions options, IReadOnlyList<RowResult> rows, string? notes)
    {
        var md = new StringBuilder();
        md.AppendLine("## Bot host");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `bench/run-host.sh` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC. Every number in the tables and goals comes from that one run; the notes say where theirs come from.");
        md.AppendLine();
        Machine(md, machine);
        HostMethod.Write(md, options, rows);
        Steady(md, rows.Where(r => r.Scenario.Kind == ScenarioKind.Steady).ToList());
        Burst(md, rows.Where(r => r.Scenario.Kind == ScenarioKind.Burst).ToList());
        Goals(md, rows);
        if (!string.IsNullOrWhiteSpace(notes))
        {
            md.AppendLine("### Notes");
            md.AppendLine();
            md.AppendLine(notes.Trim());
            md.AppendLine();
        }

        md.AppendLine("Re-run with `bench/run-host.sh` (no root needed; about half an hour).");
        return md.ToString();
    }

    private static void Machine(StringBuilder md, MachineFacts machine)
    {
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {machine.Cpu}, {machine.Cores} cores (bots, senders and connector share them) |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Memory | {machine.Memory} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| OS | {machine.Os}, kernel {machine.Kernel} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {machine.Runtime} |");
        md.AppendLine("| Bot Framework SDK | 4.23.1 (both bots) |");
        md.AppendLine();
    }

    private static void Steady(StringBuilder md, IReadOnlyList<RowResult> rows)
    {
        md.AppendLine("### Time from POST /api/messages to the first reply at the connector (steady rate)");
        md.AppendLine();
        md.AppendLine("| message | bot | sent | achieved rate | acknowledged | expected card | p50 | p90 | p99 | max | POST → HTTP 200 (p50 / p99) | reply size | peak RSS | bot CPU per message (cores busy) | other processes |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var reply = row.ToReply;
            var response = row.ToResponse;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Name(row)} | {row.Target.Name} | {row.Outcomes.Count:N0} | {row.SendRate:F1}/s | {row.Acknowledged:N0} | {Expected(row)} | {Ms(Stats.Percentile(reply, 0.5))} | {Ms(Stats.Percentile(reply, 0.9))} | {Ms(Stats.Percentile(reply, 0.99))} | {Ms(Stats.Percentile(reply, 1))} | {Ms(Stats.Percentile(response, 0.5))} / {Ms(Stats.Percentile(response, 0.99))} | {Bytes(row)} | {Mb(row.End.PeakRssKb)} | {Cpu(row)} | {row.OtherShare:P0} |");
        }

        md.AppendLine();
    }

    private static void Burst(StringBuilder md, IReadOnlyList<RowResult> rows)
    {
        md.AppendLine("### A burst of new users in personal chat");
        md.AppendLine();
        md.AppendLine("| load | bot | sent | achieved rate | acknowledged | expected card | not acknowledged | p50 | p90 | p99 | max | last answer after | peak RSS (VmHWM) | RSS after warm-up → at end | bot CPU per message (cores busy) | other processes |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var reply = row.ToReply;
            var failures = row.Failures.Count == 0 ? "0" : string.Join("; ", row.Failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Count:N0} {f.Reason}")));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {Name(row)} | {row.Target.Name} | {row.Outcomes.Count:N0} | {row.SendRate:F1}/s | {row.Acknowledged:N0} | {Expected(row)} | {failures} | {Ms(Stats.Percentile(reply, 0.5))} | {Ms(Stats.Percentile(reply, 0.9))} | {Ms(Stats.Percentile(reply, 0.99))} | {Ms(Stats.Percentile(reply, 1))} | {Seconds(row.Window)} | {Mb(row.End.PeakRssKb)} | {Mb(row.AfterWarmup.RssKb)} → {Mb(row.End.RssKb)} | {Cpu(row)} | {row.OtherShare:P0} |");
        }

        md.AppendLine();
    }

    private static void Goals(StringBuilder md, IReadOnlyList<RowResult> rows)
    {
        md.AppendLine("### Goals (VpnBot host)");
        md.AppendLine();
        foreach (var runs in rows.Where(r => r.Target.RepliesWithCards).GroupBy(r => r.Scenario))
        {
            var scenario = runs.Key;
            var count = runs.Count();
            if (scenario.Kind == ScenarioKind.Steady)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {scenario.Label}: every message answered, p99 to the first reply under {Ms(SteadyGoal)}: {Each(runs, r => Ms(P99(r)) + Missing(r))} — **{Tally(runs, r => AllAcknowledged(r) && P99(r) < SteadyGoal, count)}**{Unexpected(runs)}.");
            }
            else
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"- {scenario.Label}: every message acknowledged: {Each(runs, r => string.Create(CultureInfo.InvariantCulture, $"{r.Acknowledged:N0} of {r.Outcomes.Count:N0}"))} — **{Tally(runs, AllAcknowledged, count)}**; "
                    + $"p99 under {Ms(BurstGoal)}: {Each(runs, r => Ms(P99(r)))} — **{Tally(runs, r => P99(r) < BurstGoal, count)}**; "
                    + $"memory under {Mb(MemoryGoalKb)}: peak {Each(runs, r => Mb(r.End.PeakRssKb))} — **{Tally(runs, r => r.End.PeakRssKb < MemoryGoalKb, count)}**{Unexpected(runs)}.");
            }
        }

        md.AppendLine();
    }

    private static TimeSpan P99(RowResult row) => Stats.Percentile(row.ToReply, 0.99);

    private static bool AllAcknowledged(RowResult row) => row.Acknowledged == row.Outcomes.Count;

    private static string Missing(RowResult row) => AllAcknowledged(row)
        ? string.Empty
        : string.Create(CultureInfo.InvariantCulture, $" ({row.Outcomes.Count - row.Acknowledged:N0} not acknowledged)");

    private static string Each(IEnumerable<RowResult> runs, Func<RowResult, string> value) => string.Join(", ", runs.Select(value));

    private static string Tally(IEnumerable<RowResult> runs, Func<RowResult, bool> met, int count)
    {
        var times = runs.Count(met);
        return times == count ? (count == 1 ? "met" : "met in every run")
            : times == 0 ? "not met"
            : string.Create(CultureInfo.InvariantCulture, $"met in {times} of {count} runs");
    }

    private static string Name(RowResult row) => row.Run == 0
        ? row.Scenario.Label
        : string.Create(CultureInfo.InvariantCulture, $"{row.Scenario.Label}, run {row.Run}");

    private static string Expected(RowResult row) => row.Target.RepliesWithCards
        ? row.ExpectedReplies.ToString("N0", CultureInfo.InvariantCulture)
        : "– (text)";

    private static string Unexpected(IEnumerable<RowResult> runs) => runs.Sum(r => r.Acknowledged - r.ExpectedReplies) is var other and > 0
        ? string.Create(CultureInfo.InvariantCulture, $" ({other:N0} replies were another card than the scenario's: the numbers measure that path)")
        : string.Empty;

    private static string Cpu(RowResult row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.BotCpu.TotalMilliseconds / row.Outcomes.Count:F1} ms ({row.BotCores:F2})");

    private static string Bytes(RowResult row) => string.Create(CultureInfo.InvariantCulture, $"{row.MeanReplyBytes / 1024:F1} kB");

    public static string Ms(TimeSpan span) => span.TotalMilliseconds switch
    {
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s"),
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F1} ms"),
    };

    public static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s");

    public static string Mb(long kb) => string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0:F0} MB");
}
