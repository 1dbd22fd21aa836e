namespace VpnBot.Bench.Host;

/// <summary>
/// The machine is not reserved for the benchmark (builds and tests may run beside it), and on a few cores
/// another process's burst shows up as the bot's latency. Each row therefore starts only once other processes
/// have left the cores nearly idle for a moment, or after a bounded wait; the share they take during the row is
/// reported beside its numbers either way.
/// </summary>
internal static class QuietMachine
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>Waits until others used under <paramref name="share"/> of all cores over one window; returns the last share seen.</summary>
    public static async Task<double> WaitAsync(double share, TimeSpan longest, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (true)
        {
            var machine = MachineLoad.Read();
            var self = SelfCpu();
            await Task.Delay(Window, time, cancellationToken);
            var others = (MachineLoad.Read() - machine - (SelfCpu() - self)) / Window / Environment.ProcessorCount;
            if (others < share || time.GetElapsedTime(started) >= longest)
            {
                return others;
            }
        }
    }

    private static TimeSpan SelfCpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
