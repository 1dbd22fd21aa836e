namespace VpnBot.Bench;

public static class Stats
{
    public static TimeSpan Median(IEnumerable<TimeSpan> values) => Percentile(values, 0.5);

    /// <summary>Nearest-rank percentile.</summary>
    public static TimeSpan Percentile(IEnumerable<TimeSpan> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static long Max(IEnumerable<long> values) => values.DefaultIfEmpty(0).Max();
}
