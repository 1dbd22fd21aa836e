using System.Globalization;
using System.Text;

namespace VpnBot.Bench.Agents;

/// <summary>Writes the "Agents" section: machine, method, the numbers of every run side by side, the goals met or missed.</summary>
internal static class AgentsReport
{
    public static readonly TimeSpan FanOutLimit = TimeSpan.FromMilliseconds(100);
    public const long MemoryLimitKb = 150 * 1024;

    public static string Render(MachineFacts machine, AgentBenchOptions options, AllResults results, string? notes, TimeSpan took)
    {
        var md = new StringBuilder();
        md.AppendLine("## Agents");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `bench/run-agents.sh` on {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC. Every number in the tables and goals comes from that one run; the notes say where theirs come from.");
        md.AppendLine();
        md.AppendLine("| | |");
        md.AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {machine.Cpu}, {machine.Cores} cores (host, agents, CLI and benchmark share them) |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| Memory | {machine.Memory} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| OS | {machine.Os}, kernel {machine.Kernel} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {machine.Runtime} |");
        md.AppendLine();
        AgentsMethod.Write(md, options, results);
        if (results.FanIn.Count > 0)
        {
            FanInTables.Write(md, options, results.FanIn, results.Cli);
        }

        if (results.FanOut.Count > 0)
        {
            FanOutTables.Write(md, options, results.FanOut);
        }

        Goals(md, options, results);
        if (!string.IsNullOrWhiteSpace(notes))
        {
            md.AppendLine("### Notes");
            md.AppendLine();
            md.AppendLine(notes.Trim());
            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"Re-run with `bench/run-agents.sh` (no root needed; this run took {Took(took)}).");
        return md.ToString();
    }

    private static void Goals(StringBuilder md, AgentBenchOptions options, AllResults results)
    {
        md.AppendLine("### Goals");
        md.AppendLine();
        if (results.FanIn.Count > 0)
        {
            md.AppendLine(FanInGoal(options, results.FanIn));
        }

        if (results.FanOut.Count > 0)
        {
            md.AppendLine(FanOutGoal(options, results.FanOut));
        }

        var peaks = AgentPeaks(options, results);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- Agent memory under {Format.Mb(MemoryLimitKb)}: the largest peak (VmHWM) of the agent processes of each run, {Each(peaks, Format.Mb)} — **{Format.Tally(peaks, p => p < MemoryLimitKb)}**.");
        md.AppendLine();
    }

    private static string FanInGoal(AgentBenchOptions options, IReadOnlyList<FanInResult> runs)
    {
        var limit = options.Deadline * 2;
        var walls = Each(runs, r => r.Wall is { } w ? Format.Seconds(w) : "– (some checks had no final card)");
        var cards = Each(runs, r => $"{Format.Count(r.WithAgentFindings)} of {Format.Count(r.Checks.Count)}");
        return string.Create(CultureInfo.InvariantCulture,
            $"- One agent checking {Format.Count(options.Endpoints)} endpoints at once completes within 2 × the deadline ({Format.Seconds(limit)}): all done after {walls} — **{Format.Tally(runs, r => r.Wall is { } w && w <= limit)}**; "
            + $"every final card carries the agent's findings: {cards} — **{Format.Tally(runs, r => r.WithAgentFindings == r.Checks.Count)}**.");
    }

    private static string FanOutGoal(AgentBenchOptions options, IReadOnlyList<FanOutResult> runs) => string.Create(CultureInfo.InvariantCulture,
        $"- A fan-out to {options.Agents} agents adds under {Format.Ms(FanOutLimit)} to a check (median, post → final card): {Each(runs, r => Format.SignedMs(r.Added(0.5)))} — **{Format.Tally(runs, r => r.AllComplete && r.AgentFailures == 0 && r.Added(0.5) < FanOutLimit)}** "
        + $"(at p90: {Each(runs, r => Format.SignedMs(r.Added(0.9)))}).");

    private static string Took(TimeSpan took) => took < TimeSpan.FromMinutes(2)
        ? string.Create(CultureInfo.InvariantCulture, $"{took.TotalSeconds:0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{took.TotalMinutes:0} minutes");

    /// <summary>Per run, the largest peak of every agent that ran in it, whichever parts ran.</summary>
    private static List<long> AgentPeaks(AgentBenchOptions options, AllResults results) =>
    [
        .. Enumerable.Range(1, options.Repeat).Select(run =>
            results.FanIn.Where(r => r.Run == run).Select(r => r.AgentUse.Memory.PeakRssKb)
                .Concat(results.FanOut.Where(r => r.Run == run).SelectMany(r => r.Agents).Select(a => a.Memory.PeakRssKb))
                .DefaultIfEmpty(0)
                .Max()),
    ];

    private static string Each<T>(IEnumerable<T> runs, Func<T, string> value) => string.Join(", ", runs.Select(value));
}
