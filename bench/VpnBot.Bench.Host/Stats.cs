namespace VpnBot.Bench.Host;

internal static class Stats
{
    /// <summary>Nearest-rank percentile; zero for no values.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
