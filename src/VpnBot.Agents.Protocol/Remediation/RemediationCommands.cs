namespace VpnBot.Agents.Protocol.Remediation;

/// <summary>
/// The allow-list: each action and the one command line it runs, written here in full. The runner takes only a
/// <see cref="RemediationAction"/>, so no text from a chat message, a card or the host can reach a command line.
/// The approval card shows the same command the agent runs, from this one table.
/// </summary>
public static class RemediationCommands
{
    public static (string Program, IReadOnlyList<string> Arguments) For(RemediationAction action) => action switch
    {
        RemediationAction.RestartRemoteAccess => (PowerShell, [.. Quiet, "Restart-Service -Name RemoteAccess -Force -ErrorAction Stop"]),
        RemediationAction.RegisterDns => (System32("ipconfig.exe"), ["/registerdns"]),
        RemediationAction.ClearDnsServerCache => (PowerShell, [.. Quiet, "Clear-DnsServerCache -Force -ErrorAction Stop"]),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not an allowed remediation."),
    };

    /// <summary>The command line as an administrator would type it, for the approval card.</summary>
    public static string Display(RemediationAction action)
    {
        var (program, arguments) = For(action);
        return string.Join(' ', [Path.GetFileName(program), .. arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)]);
    }

    // Full paths under the system folder: a program of the same name earlier on the search path is never run.
    private static readonly string PowerShell = System32(Path.Combine("WindowsPowerShell", "v1.0", "powershell.exe"));

    private static string System32(string file) => Path.Combine(Environment.SystemDirectory, file);

    private static readonly string[] Quiet = ["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Restricted", "-Command"];
}
