using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>Numbers as the benchmark pages write them.</summary>
internal static class Format
{
    public static string Ms(TimeSpan span) => span.TotalMilliseconds switch
    {
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s"),
        >= 100 => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F0} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMilliseconds:F1} ms"),
    };

    /// <summary>A difference, with its sign.</summary>
    public static string SignedMs(TimeSpan span) => (span < TimeSpan.Zero ? "−" : "+") + Ms(span.Duration());

    public static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:F1} s");

    public static string Mb(long kb) => string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0:F0} MB");

    public static string Share(double share) => string.Create(CultureInfo.InvariantCulture, $"{share:P0}");

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"met" / "met in every run" / "met in k of n runs" / "not met".</summary>
    public static string Tally<T>(IReadOnlyCollection<T> runs, Func<T, bool> met)
    {
        var times = runs.Count(met);
        return times == runs.Count ? (runs.Count == 1 ? "met" : "met in every run")
            : times == 0 ? "not met"
            : string.Create(CultureInfo.InvariantCulture, $"met in {times} of {runs.Count} runs");
    }
}
