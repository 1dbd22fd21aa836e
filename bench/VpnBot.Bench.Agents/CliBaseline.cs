using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace VpnBot.Bench.Agents;

/// <summary>One <c>vpnbot check</c> process: its wall time, and what GNU time says it used.</summary>
/// <param name="ExitCode">The report's status (0 ok, 1 warning, 2 critical) or 3 when no report was made.</param>
internal sealed record CliProcess(string Endpoint, TimeSpan Wall, long PeakRssKb, TimeSpan Cpu, int ExitCode);

/// <summary>The baseline of one run: every endpoint checked by its own CLI process, a fixed number at a time.</summary>
/// <param name="PeakSumRssKb">The most the running CLI processes held resident together (sampled every 100 ms).</param>
internal sealed record CliResult(int Run, int Parallel, IReadOnlyList<CliProcess> Processes, TimeSpan Wall, long PeakSumRssKb, double OtherShare)
{
    public int Reports => Processes.Count(p => p.ExitCode is >= 0 and <= 2);

    public long PeakRssKb => Processes.Max(p => p.PeakRssKb);

    public TimeSpan Cpu => Processes.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Cpu);
}

/// <summary>
/// What an administrator would script without agents: the CLI for each endpoint, <c>xargs -P</c> style — a new
/// process as soon as one of the running ones ends. Each runs under GNU time, which reports its peak RSS and CPU.
/// </summary>
internal static class CliBaseline
{
    private const string TimeMarker = "vpnbot-bench-time";
    private static readonly TimeSpan Sampling = TimeSpan.FromMilliseconds(100);

    /// <summary>The CLI's arguments for one check, for the method paragraph.</summary>
    public static string Arguments(string endpoint, string dns, TimeSpan deadline) =>
        $"check {LabEndpoints.Fqdn(endpoint)} --address 127.0.0.1 --dns {dns} --protocols ikev2 --port ike=9 --port nat-t=9 --deadline {Deadline(deadline)}";

    public static async Task<CliResult> RunAsync(int run, AgentBenchOptions options, int silentDnsPort, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var scratch = Directory.CreateTempSubdirectory("vpnbot-bench-cli-").FullName;
        var dns = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{silentDnsPort}");
        var results = new CliProcess[options.Endpoints];
        var running = new ConcurrentDictionary<int, byte>();
        var next = -1;
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync(running, sampling.Token);
        var machine = MachineLoad.Read();
        var self = BenchProcess.Cpu();
        var started = time.GetTimestamp();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, options.Parallel).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < options.Endpoints; i = Interlocked.Increment(ref next))
                {
                    results[i] = await RunOneAsync(options.CliDll, LabEndpoints.SlowName(i), dns, options.Deadline, scratch, running, cancellationToken);
                }
            }));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        var wall = time.GetElapsedTime(started);
        var peakSum = await StopAsync(sampling, sampler);
        var cpu = results.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Cpu);
        var others = MachineLoad.Read() - machine - cpu - (BenchProcess.Cpu() - self);
        return new CliResult(run, options.Parallel, results, wall, peakSum, Math.Max(0, others / wall / Environment.ProcessorCount));
    }

    private static async Task<CliProcess> RunOneAsync(
        string cli,
        string endpoint,
        string dns,
        TimeSpan deadline,
        string scratch,
        ConcurrentDictionary<int, byte> running,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = scratch,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-f", TimeMarker + " %M %U %S", "dotnet", cli, "check", LabEndpoints.Fqdn(endpoint), "--address", "127.0.0.1", "--dns", dns,
                     "--protocols", "ikev2", "--port", "ike=9", "--port", "nat-t=9", "--deadline", Deadline(deadline)])
        {
            start.ArgumentList.Add(argument);
        }

        // The CLI reads Vpn__ variables too; the administrator's shell would have none.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Vpn__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        running.TryAdd(process.Id, 0);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var wall = time.GetElapsedTime(started);
            await output;
            var (peak, cpu) = Usage(await errors);
            return new CliProcess(endpoint, wall, peak, cpu, process.ExitCode);
        }
        finally
        {
            running.TryRemove(process.Id, out _);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    // GNU time's line: "MARKER maxrss-kB user-s system-s"; it exits with the command's status.
    private static (long PeakKb, TimeSpan Cpu) Usage(string stderr)
    {
        var line = stderr.Split('\n').LastOrDefault(l => l.StartsWith(TimeMarker, StringComparison.Ordinal));
        if (line is null)
        {
            return (0, TimeSpan.Zero);
        }

        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seconds = double.Parse(fields[2], CultureInfo.InvariantCulture) + double.Parse(fields[3], CultureInfo.InvariantCulture);
        return (long.Parse(fields[1], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(seconds));
    }

    private static async Task<long> SampleAsync(ConcurrentDictionary<int, byte> running, CancellationToken cancellationToken)
    {
        long peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, running.Keys.Sum(ChildMemory.RssKb));
            await Task.Delay(Sampling, TimeProvider.System, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return peak;
    }

    private static async Task<long> StopAsync(CancellationTokenSource sampling, Task<long> sampler)
    {
        await sampling.CancelAsync();
        return await sampler;
    }

    private static string Deadline(TimeSpan deadline) => deadline.Milliseconds == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)deadline.TotalSeconds}s")
        : string.Create(CultureInfo.InvariantCulture, $"{(long)deadline.TotalMilliseconds}ms");
}
