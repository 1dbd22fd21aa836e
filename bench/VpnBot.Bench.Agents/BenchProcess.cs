namespace VpnBot.Bench.Agents;

/// <summary>This benchmark's own process: its CPU time is not counted as "other processes".</summary>
internal static class BenchProcess
{
    /// <summary>User and system CPU time this process has used so far.</summary>
    public static TimeSpan Cpu()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
