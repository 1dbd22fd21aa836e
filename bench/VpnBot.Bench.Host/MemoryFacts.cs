using System.Globalization;

namespace VpnBot.Bench.Host;

/// <summary>What <c>/proc/PID/status</c> says about a process's memory, in kB.</summary>
/// <param name="RssKb">Resident set now (VmRSS).</param>
/// <param name="PeakRssKb">Highest resident set since the process started (VmHWM).</param>
internal sealed record MemoryFacts(long RssKb, long PeakRssKb)
{
    public static MemoryFacts Read(int pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kb(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kb(line);
            }
        }

        return new MemoryFacts(rss, peak);
    }

    private static long Kb(string line) =>
        long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture);
}
