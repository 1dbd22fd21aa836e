using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VpnBot.Agents.Protocol.Remediation;

namespace VpnBot.Agent.Remediation;

/// <summary>
/// Carries out an approved remediation with its fixed command (see <see cref="RemediationCommands"/>), one at a
/// time, within a minute. On anything but Windows it refuses: the actions change a Windows server.
/// </summary>
internal sealed partial class RemediationRunner(ILogger<RemediationRunner> logger) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<RemediationResult> RunAsync(RemediationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!RemediationActions.TryParse(request.Action, out var action))
        {
            LogRefused(logger, request.Id);
            return new RemediationResult(false, "Not an allowed action; nothing was run.", null) { Reason = RemediationReasons.NotAllowed };
        }

        if (!OperatingSystem.IsWindows())
        {
            return new RemediationResult(false, $"{RemediationActions.Word(action)} runs only on an agent on the Windows VPN server; nothing was run on this {Environment.OSVersion.Platform} agent.", null) { Reason = RemediationReasons.NotWindows };
        }

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await StartAsync(request.Id, action, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<RemediationResult> StartAsync(string id, RemediationAction action, CancellationToken cancellationToken)
    {
        var (program, arguments) = RemediationCommands.For(action);
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, CreateNoWindow = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        LogRunning(logger, id, RemediationActions.Word(action));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return new RemediationResult(false, $"{RemediationActions.Word(action)} did not finish within {Limit.TotalSeconds:0} s and was stopped.", null) { Reason = RemediationReasons.TimedOut };
        }

        var text = (process.ExitCode == 0 ? await output.ConfigureAwait(false) : await errors.ConfigureAwait(false)).Trim();
        var summary = process.ExitCode == 0 ? $"{RemediationActions.Word(action)} completed." : $"{RemediationActions.Word(action)} failed (exit code {process.ExitCode}).";
        LogFinished(logger, id, RemediationActions.Word(action), process.ExitCode);
        return new RemediationResult(process.ExitCode == 0, summary, process.ExitCode)
        {
            Reason = process.ExitCode == 0 ? RemediationReasons.Done : RemediationReasons.Failed,
            Output = text.Length <= RemediationResult.MaxSummary ? text : text[..RemediationResult.MaxSummary],
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id}: running {Action} as approved in chat")]
    private static partial void LogRunning(ILogger logger, string id, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id}: {Action} ended with exit code {ExitCode}")]
    private static partial void LogFinished(ILogger logger, string id, string action, int exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id}: the host asked for an action outside the allow-list; nothing was run")]
    private static partial void LogRefused(ILogger logger, string id);
}
