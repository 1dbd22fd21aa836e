namespace VpnBot.Windows.RrasConfig;

/// <summary>How the PowerShell process ended.</summary>
internal enum PowerShellOutcome
{
    /// <summary>It ran and exited; see the exit code.</summary>
    Exited,

    /// <summary>powershell.exe could not be started.</summary>
    NotStarted,

    /// <summary>It did not exit within its time limit and was ended.</summary>
    TimedOut,

    /// <summary>It wrote more than any Get-RemoteAccess output and was ended.</summary>
    TooLarge,
}

/// <summary>What the fixed PowerShell invocation produced: the process's own outcome, not yet interpreted.</summary>
/// <param name="Outcome">Exited, or why not.</param>
/// <param name="ExitCode">The exit code, when it exited.</param>
/// <param name="StandardOutput">Everything on stdout (the JSON).</param>
/// <param name="StandardError">The start of stderr (PowerShell's error records), bounded.</param>
/// <param name="Elapsed">From start to exit.</param>
internal sealed record PowerShellOutput(PowerShellOutcome Outcome, int? ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => Outcome == PowerShellOutcome.Exited && ExitCode == 0;

    public static PowerShellOutput Ended(PowerShellOutcome outcome, TimeSpan elapsed, string error = "") => new(outcome, null, string.Empty, error, elapsed);
}
