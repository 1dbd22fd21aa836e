namespace VpnBot.Windows.RrasConfig;

/// <summary>Runs <c>Get-RemoteAccess | ConvertTo-Json</c>; the seam tests replace with recorded output.</summary>
internal interface IRemoteAccessConfig
{
    /// <summary>The process's output; a failure to start, a timeout or too much output is an outcome, not an exception.</summary>
    Task<PowerShellOutput> ReadAsync(CancellationToken cancellationToken);
}
