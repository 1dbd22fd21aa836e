using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Slots;

/// <summary>
/// Removes what a previous holder of the same slot left behind after a crash: the processes its state
/// file records (only while PID and start time still match), the slot's namespaces and links, and the
/// slot's lab folder. Nothing outside the slot is touched.
/// </summary>
internal static class LeftoverCleaner
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    public static async Task CleanAsync(LabPlan plan, string stateFile, CancellationToken cancellationToken)
    {
        var previous = SlotState.Read(stateFile) ?? new SlotStateData();
        var alive = previous.Processes.Where(p => ProcFs.IsSameProcess(p.Pid, p.StartTime)).ToList();
        await StopAsync(alive, cancellationToken).ConfigureAwait(false);

        await LabNetwork.RemoveAsync(
            [.. plan.Hosts.Select(h => h.Namespace), .. previous.Namespaces.Where(OwnedBySlot(plan))],
            [.. plan.RootLinks, .. previous.Links.Where(OwnedBySlot(plan))],
            cancellationToken).ConfigureAwait(false);

        foreach (var directory in new[] { plan.Directory, previous.Directory })
        {
            if (directory is not null && Path.GetFileName(directory) == Path.GetFileName(plan.Directory) && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        File.Delete(stateFile);
    }

    private static Func<string, bool> OwnedBySlot(LabPlan plan) => name => name.StartsWith(plan.Net.Prefix, StringComparison.Ordinal);

    private static async Task StopAsync(List<RecordedProcess> processes, CancellationToken cancellationToken)
    {
        if (processes.Count == 0)
        {
            return;
        }

        Signal(processes, Libc.SigTerm);
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (processes.Any(p => ProcFs.IsSameProcess(p.Pid, p.StartTime)) && time.GetElapsedTime(started) < Grace)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken).ConfigureAwait(false);
        }

        Signal(processes.Where(p => ProcFs.IsSameProcess(p.Pid, p.StartTime)), Libc.SigKill);
    }

    private static void Signal(IEnumerable<RecordedProcess> processes, int signal)
    {
        foreach (var process in processes)
        {
            // The lab made each daemon a process group leader; signal the group to reach what it forked.
            var group = ProcFs.ProcessGroup(process.Pid) == process.Pid ? -process.Pid : process.Pid;
            Libc.Kill(group, signal);
        }
    }
}
