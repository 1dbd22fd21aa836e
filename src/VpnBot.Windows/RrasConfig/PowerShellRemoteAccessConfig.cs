using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.Versioning;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.RrasConfig;

/// <summary>Runs <see cref="FixedPowerShell"/> and collects what it writes, within bounds.</summary>
[SupportedOSPlatform("windows")]
internal sealed class PowerShellRemoteAccessConfig(TimeProvider time) : IRemoteAccessConfig
{
    /// <summary>Get-RemoteAccess at depth 3, certificate and CIM metadata included, is tens of kilobytes.</summary>
    internal const int MaxOutputChars = 1_000_000;

    /// <summary>Enough for PowerShell's error record (message, position, category, error id).</summary>
    internal const int MaxErrorChars = 16_384;

    public async Task<PowerShellOutput> ReadAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var process = new Process { StartInfo = FixedPowerShell.GetRemoteAccess() };
        try
        {
            process.Start();
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException)
        {
            return PowerShellOutput.Ended(PowerShellOutcome.NotStarted, time.GetElapsedTime(started), BoundedText.Of(ex.Message));
        }

        // -NonInteractive: nothing will ever be typed; a prompt fails at once instead of waiting.
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It exited already; its output says why.
        }

        var output = BoundedReader.ReadAsync(process.StandardOutput, MaxOutputChars, drain: false, CancellationToken.None);
        var error = BoundedReader.ReadAsync(process.StandardError, MaxErrorChars, drain: true, CancellationToken.None);
        try
        {
            var (text, tooLarge) = await output.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (tooLarge)
            {
                End(process);
                return PowerShellOutput.Ended(PowerShellOutcome.TooLarge, time.GetElapsedTime(started));
            }

            var (errorText, _) = await error.WaitAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return new PowerShellOutput(PowerShellOutcome.Exited, process.ExitCode, text, errorText, time.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            End(process);
            return PowerShellOutput.Ended(PowerShellOutcome.TimedOut, time.GetElapsedTime(started));
        }
    }

    /// <summary>Ends the process and anything it started; it may have exited on its own meanwhile.</summary>
    private static void End(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
    }
}
