namespace VpnBot.Lab.Processes;

/// <summary>
/// A daemon to run in the foreground inside a namespace: <c>setsid ip netns exec NS Executable Arguments</c>.
/// Every step of that chain execs, so the PID Process.Start returns becomes the daemon's, and setsid makes
/// it the leader of a process group that also holds whatever it forks.
/// </summary>
/// <param name="Name">What failure messages call it ("BIND primary").</param>
/// <param name="Namespace">The network namespace to run in.</param>
/// <param name="Executable">The program ip netns exec runs.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="Image">File name of the final daemon image, when a wrapper (unshare, sh) execs it.</param>
/// <param name="Environment">Extra environment variables.</param>
/// <param name="KillAtOnce">Stop it with SIGKILL straight away: its state is thrown away and its own shutdown is slow.</param>
internal sealed record DaemonSpec(
    string Name,
    string Namespace,
    string Executable,
    IReadOnlyList<string> Arguments,
    string? Image = null,
    IReadOnlyDictionary<string, string>? Environment = null,
    bool KillAtOnce = false)
{
    public string ImageName => Image ?? Path.GetFileName(Executable);
}
