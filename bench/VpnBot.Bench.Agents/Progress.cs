using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>One line per part on the console while the benchmark runs.</summary>
internal static class Progress
{
    public static string Describe(FanInResult r)
    {
        var times = Times(r.Checks);
        return string.Create(CultureInfo.InvariantCulture,
            $"   {r.Complete}/{r.Checks.Count} final cards, {r.WithAgentFindings} with {r.Agent}'s findings ({r.AgentRows} rows, {r.MissingRows} agent.answer); "
            + $"all after {Wall(r.Wall)}; per check p50 {Format.Ms(Stats.Percentile(times, 0.5))}, max {Format.Ms(Stats.Percentile(times, 1))}; "
            + $"agent peak {Format.Mb(r.AgentUse.Memory.PeakRssKb)}, CPU {Format.Seconds(r.AgentUse.Cpu)}; host peak {Format.Mb(r.HostUse.Memory.PeakRssKb)}, CPU {Format.Seconds(r.HostUse.Cpu)}; "
            + $"other processes {Format.Share(r.OtherShare)}{Errors(r.Checks)}");
    }

    public static string Describe(CliResult r)
    {
        var times = r.Processes.Select(p => p.Wall).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"   {r.Reports}/{r.Processes.Count} reports; all after {Format.Seconds(r.Wall)}; per process p50 {Format.Ms(Stats.Percentile(times, 0.5))}, max {Format.Ms(Stats.Percentile(times, 1))}; "
            + $"largest peak {Format.Mb(r.PeakRssKb)}, together {Format.Mb(r.PeakSumRssKb)}; CPU {Format.Seconds(r.Cpu)}; other processes {Format.Share(r.OtherShare)}");
    }

    public static string Describe(FanOutResult r) => string.Create(CultureInfo.InvariantCulture,
        $"   without agents p50 {Format.Ms(Stats.Percentile(r.WithoutTimes, 0.5))}, p90 {Format.Ms(Stats.Percentile(r.WithoutTimes, 0.9))}; "
        + $"with {r.Agents.Count} p50 {Format.Ms(Stats.Percentile(r.WithTimes, 0.5))}, p90 {Format.Ms(Stats.Percentile(r.WithTimes, 0.9))}; added p50 {Format.SignedMs(r.Added(0.5))}; "
        + $"findings per card {Median(r.Without)} → {Median(r.With)}, agent runs given up {r.AgentFailures}; agent peaks {string.Join(", ", r.Agents.Select(a => Format.Mb(a.Memory.PeakRssKb)))}; "
        + $"other processes {Format.Share(r.OtherShare)}{Errors([.. r.Without, .. r.With])}");

    public static int Median(IEnumerable<CheckTiming> checks)
    {
        var totals = checks.Where(c => c.Complete).Select(c => c.Findings.Total).Order().ToList();
        return totals.Count == 0 ? 0 : totals[(totals.Count - 1) / 2];
    }

    private static List<TimeSpan> Times(IEnumerable<CheckTiming> checks) => [.. checks.Where(c => c.Complete).Select(c => c.ToFinal).Order()];

    private static string Wall(TimeSpan? wall) => wall is { } w ? Format.Seconds(w) : "– (incomplete)";

    private static string Errors(IEnumerable<CheckTiming> checks)
    {
        var errors = checks.Where(c => !c.Complete).GroupBy(c => c.Error ?? $"HTTP {c.Status}").Select(g => $"{g.Count()} {g.Key}").ToList();
        return errors.Count == 0 ? string.Empty : "; failures: " + string.Join(", ", errors);
    }
}
