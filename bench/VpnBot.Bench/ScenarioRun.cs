using System.Text.Json;

namespace VpnBot.Bench;

/// <summary>Timings of one vpnbot invocation over its repetitions.</summary>
public sealed record VpnbotResult(VpnbotRun Run, IReadOnlyList<Measured> Samples, IReadOnlyList<long> ReportedDurationsMs, IReadOnlyList<string> Statuses);

/// <summary>Timings of the whole sequential baseline, and of each of its steps.</summary>
public sealed record ToolsResult(IReadOnlyList<TimeSpan> Totals, IReadOnlyList<long> PeakRssKb, IReadOnlyDictionary<string, IReadOnlyList<TimeSpan>> Steps);

public sealed record ScenarioResult(Scenario Scenario, IReadOnlyList<VpnbotResult> Vpnbot, ToolsResult Tools);

/// <summary>Runs one scenario: each vpnbot invocation (after one unmeasured warm-up run), then the baseline.</summary>
public static class ScenarioRun
{
    public static async Task<ScenarioResult> RunAsync(Scenario scenario, BenchOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var vpnbot = new List<VpnbotResult>();
        foreach (var run in scenario.Vpnbot)
        {
            await MeasuredProcess.RunAsync(options.Vpnbot, run.Arguments, cancellationToken);
            var samples = new List<Measured>();
            for (var i = 0; i < options.Runs; i++)
            {
                samples.Add(await MeasuredProcess.RunAsync(options.Vpnbot, run.Arguments, cancellationToken));
            }

            vpnbot.Add(new VpnbotResult(run, samples, [.. samples.Select(ReportedDuration)], [.. samples.Select(ReportedStatus)]));
            await Console.Error.WriteLineAsync($"   {run.Label}: median {Stats.Median(samples.Select(s => s.Wall)).TotalMilliseconds:F0} ms");
        }

        var rounds = scenario.SlowTools ? options.SlowToolRuns : options.ToolRuns;
        var totals = new List<TimeSpan>();
        var peaks = new List<long>();
        var steps = scenario.Tools.ToDictionary(t => t.Label, _ => new List<TimeSpan>());
        for (var round = 0; round < rounds; round++)
        {
            var total = TimeSpan.Zero;
            long peak = 0;
            foreach (var step in scenario.Tools)
            {
                var measured = await MeasuredProcess.RunAsync(step.File, step.Arguments, cancellationToken);
                steps[step.Label].Add(measured.Wall);
                total += measured.Wall;
                peak = Math.Max(peak, measured.MaxRssKb);
            }

            totals.Add(total);
            peaks.Add(peak);
            await Console.Error.WriteLineAsync($"   sequential tools, round {round + 1}/{rounds}: {total.TotalMilliseconds:F0} ms");
        }

        return new ScenarioResult(scenario, vpnbot, new ToolsResult(totals, peaks, steps.ToDictionary(p => p.Key, p => (IReadOnlyList<TimeSpan>)p.Value)));
    }

    private static long ReportedDuration(Measured sample)
    {
        try
        {
            using var report = JsonDocument.Parse(sample.StandardOutput);
            return report.RootElement.GetProperty("durationMs").GetInt64();
        }
        catch (JsonException)
        {
            return -1;
        }
    }

    private static string ReportedStatus(Measured sample)
    {
        try
        {
            using var report = JsonDocument.Parse(sample.StandardOutput);
            return report.RootElement.GetProperty("status").GetString() ?? "?";
        }
        catch (JsonException)
        {
            return "?";
        }
    }
}
