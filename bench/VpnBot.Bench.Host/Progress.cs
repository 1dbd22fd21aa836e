using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>One line per row on the console while the benchmark runs.</summary>
internal static class Progress
{
    public static string Describe(RowResult row)
    {
        var reply = row.ToReply;
        var latency = string.Create(CultureInfo.InvariantCulture,
            $"to first reply p50 {HostReport.Ms(Stats.Percentile(reply, 0.5))}, p99 {HostReport.Ms(Stats.Percentile(reply, 0.99))}, max {HostReport.Ms(Stats.Percentile(reply, 1))}");
        var cost = string.Create(CultureInfo.InvariantCulture,
            $"peak RSS {HostReport.Mb(row.End.PeakRssKb)}, end {HostReport.Mb(row.End.RssKb)}; bot CPU {row.BotCpu.TotalMilliseconds:F0} ms, bench CPU {row.BenchCpu.TotalMilliseconds:F0} ms; other processes {row.OtherShare:P0}");
        var failures = row.Failures.Count == 0
            ? string.Empty
            : "; failures: " + string.Join(", ", row.Failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Count} {f.Reason}")));
        return string.Create(CultureInfo.InvariantCulture, $"   {row.Acknowledged}/{row.Outcomes.Count} acknowledged ({row.ExpectedReplies} with the expected card) at {row.SendRate:F1}/s; {latency}; {cost}{failures}");
    }
}
