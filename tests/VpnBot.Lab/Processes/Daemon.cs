using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Slots;

namespace VpnBot.Lab.Processes;

/// <summary>A foreground daemon the lab started: its PID is in the slot's state file until it is stopped.</summary>
internal sealed class Daemon
{
    private readonly Process _process;
    private readonly OutputTail _output = new();
    private readonly SlotState _state;
    private bool _stopped;

    private Daemon(DaemonSpec spec, Process process, SlotState state)
    {
        Spec = spec;
        _process = process;
        _state = state;
        Pid = process.Id;
    }

    public DaemonSpec Spec { get; }

    public int Pid { get; }

    public bool HasExited => _stopped || _process.HasExited;

    /// <summary>True once the exec chain has reached the daemon's own image.</summary>
    public bool IsRunningImage => !HasExited && ProcFs.ImageName(Pid) == Spec.ImageName;

    public static Daemon Start(DaemonSpec spec, SlotState state)
    {
        var info = new ProcessStartInfo("setsid")
        {
            // Stdin stays an open pipe: a daemon never reads our terminal, and never sees end-of-file.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["ip", "netns", "exec", spec.Namespace, spec.Executable, .. spec.Arguments])
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new LabStartException($"Could not start {spec.Name}.");
        var daemon = new Daemon(spec, process, state);
        process.OutputDataReceived += (_, e) => daemon._output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => daemon._output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        state.AddProcess(new RecordedProcess(spec.Name, daemon.Pid, ProcFs.StartTime(daemon.Pid) ?? 0));
        return daemon;
    }

    public bool IsListening(ProtocolType protocol, IPAddress address, int port) =>
        IsRunningImage && ProcFs.IsListening(Pid, protocol, address, port);

    /// <summary>The last lines the daemon wrote to stdout and stderr.</summary>
    public OutputTail Output => _output;

    /// <summary>A start failure that names the daemon and quotes what it printed.</summary>
    public LabStartException Failure(string what)
    {
        var exit = HasExited ? $" (exit code {_process.ExitCode})" : string.Empty;
        return new LabStartException($"{Spec.Name} in namespace {Spec.Namespace} {what}{exit}. Its last output:\n{_output}");
    }

    public override string ToString() => $"{Spec.Name} (pid {Pid}, namespace {Spec.Namespace})";

    /// <summary>
    /// SIGTERM to the process group (SIGKILL for a daemon to kill at once), SIGKILL after the grace period, then a
    /// sweep of anything it forked.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!HasExited)
        {
            Signal(Spec.KillAtOnce ? Libc.SigKill : Libc.SigTerm);
            if (!await WaitForExitAsync(grace).ConfigureAwait(false))
            {
                Signal(Libc.SigKill);
                await WaitForExitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }

        // Helpers the daemon forked (pptpctrl per connection) share its process group.
        Libc.Kill(-Pid, Libc.SigKill);
        _state.RemoveProcess(Pid);
        _stopped = true;
        _process.Dispose();
    }

    private void Signal(int signal)
    {
        if (Libc.Kill(-Pid, signal) != 0)
        {
            // Not a group leader after all: signal the process itself.
            Libc.Kill(Pid, signal);
        }
    }

    private async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout, TimeProvider.System);
        try
        {
            await _process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
