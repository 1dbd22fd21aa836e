using VpnBot.Windows.RrasConfig;

namespace VpnBot.Windows.Tests.Support;

/// <summary>Get-RemoteAccess as recorded: the JSON on stdout, or stderr and an exit code; optionally held until released.</summary>
internal sealed class RecordedPowerShell(Func<PowerShellOutput> output) : IRemoteAccessConfig
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;
    private bool _held;

    public int Reads => _reads;

    public static RecordedPowerShell Json(string fixture) =>
        new(() => new PowerShellOutput(PowerShellOutcome.Exited, 0, Fixture.Text(fixture), string.Empty, TimeSpan.FromMilliseconds(2350)));

    public static RecordedPowerShell Failed(string stderrFixture, int exitCode = 1) =>
        new(() => new PowerShellOutput(PowerShellOutcome.Exited, exitCode, string.Empty, Fixture.Text(stderrFixture), TimeSpan.FromMilliseconds(1800)));

    /// <summary>Reads wait until <see cref="Release"/>, like a PowerShell that takes its time.</summary>
    public RecordedPowerShell Held()
    {
        _held = true;
        return this;
    }

    public void Release() => _gate.TrySetResult();

    public async Task<PowerShellOutput> ReadAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        if (_held)
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }

        return output();
    }
}
