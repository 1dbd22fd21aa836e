using System.Diagnostics;
using System.Globalization;

namespace VpnBot.Bench;

/// <summary>One process run: wall time measured here, peak memory as GNU time reports it (maximum resident set).</summary>
public sealed record Measured(int ExitCode, TimeSpan Wall, long MaxRssKb, string StandardOutput);

/// <summary>Runs a command under <c>/usr/bin/time</c> with a fixed argument list (no shell anywhere).</summary>
public static class MeasuredProcess
{
    public static async Task<Measured> RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var rssFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", "%M", "-o", rssFile, file, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            var time = TimeProvider.System;
            var started = time.GetTimestamp();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var wall = time.GetElapsedTime(started);
            await errors;
            var rss = long.TryParse((await File.ReadAllTextAsync(rssFile, cancellationToken)).Trim().Split('\n')[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            return new Measured(process.ExitCode, wall, rss, await output);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }
}
