using System.Globalization;

namespace VpnBot.Bench;

/// <summary>What to run and how often.</summary>
public sealed record BenchOptions(string Vpnbot, string Output, int Runs, int ToolRuns, int SlowToolRuns)
{
    public const string Usage = "usage: VpnBot.Bench --vpnbot PATH [--out docs/benchmarks.md] [--runs 20] [--tool-runs 10] [--slow-tool-runs 3]";

    public static BenchOptions? Parse(IReadOnlyList<string> args)
    {
        string? vpnbot = null;
        var output = "docs/benchmarks.md";
        int runs = 20, toolRuns = 10, slowToolRuns = 3;
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--vpnbot": vpnbot = value; break;
                case "--out": output = value; break;
                case "--runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: runs = n; break;
                case "--tool-runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: toolRuns = n; break;
                case "--slow-tool-runs" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0: slowToolRuns = n; break;
                default: return null;
            }
        }

        return vpnbot is not null && File.Exists(vpnbot) && args.Count % 2 == 0 ? new BenchOptions(Path.GetFullPath(vpnbot), output, runs, toolRuns, slowToolRuns) : null;
    }
}
