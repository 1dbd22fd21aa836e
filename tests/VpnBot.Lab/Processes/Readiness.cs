namespace VpnBot.Lab.Processes;

/// <summary>Bounded polling until a daemon does what it is for: a port bound, a real query answered.</summary>
internal static class Readiness
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(15);

    /// <summary>
    /// Polls <paramref name="ready"/> until it holds; fails fast with the daemon's output when the daemon
    /// exits, and after <paramref name="timeout"/> when it never gets there.
    /// </summary>
    public static async Task WaitAsync(
        Daemon daemon,
        string what,
        Func<CancellationToken, Task<bool>> ready,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        while (true)
        {
            if (daemon.HasExited)
            {
                throw daemon.Failure($"exited before {what}");
            }

            if (await ready(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (time.GetElapsedTime(started) > timeout)
            {
                throw daemon.Failure($"did not reach \"{what}\" within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits until the daemon's own image listens on the port.</summary>
    public static Task WaitListeningAsync(
        Daemon daemon,
        System.Net.Sockets.ProtocolType protocol,
        System.Net.IPAddress address,
        int port,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        if (daemon.IsRunningImage && ProcFs.ProcessGroup(daemon.Pid) != daemon.Pid)
        {
            throw daemon.Failure("is not the leader of its own process group, so it could not be stopped reliably");
        }

        return WaitAsync(
            daemon,
            $"listening on {protocol.ToString().ToUpperInvariant()} {address}:{port}",
            _ => Task.FromResult(daemon.IsListening(protocol, address, port)),
            timeout,
            cancellationToken);
    }
}
