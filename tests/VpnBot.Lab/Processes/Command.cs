using System.Diagnostics;

namespace VpnBot.Lab.Processes;

/// <summary>How a one-shot command ended, with everything it printed.</summary>
internal sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() =>
        $"`{CommandLine}` exited with {ExitCode}\n{StandardOutput.TrimEnd()}\n{StandardError.TrimEnd()}".TrimEnd();
}

/// <summary>Runs a command to completion with a bounded wait (ip, iptables-restore, rndc, swanctl, openssl).</summary>
internal static class Command
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null,
        string? standardInput = null,
        TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var commandLine = string.Join(' ', [fileName, .. info.ArgumentList]);
        using var process = Process.Start(info) ?? throw new LabStartException($"Could not start `{commandLine}`.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        process.StandardInput.Close();

        using var timer = new CancellationTokenSource(timeout ?? DefaultTimeout, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new LabStartException($"`{commandLine}` did not finish within {(timeout ?? DefaultTimeout).TotalSeconds:0} s.");
        }

        return new CommandResult(commandLine, process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>Runs the command and turns a non-zero exit into a <see cref="LabStartException"/> naming the step.</summary>
    public static async Task<CommandResult> RunCheckedAsync(
        string step,
        string fileName,
        IEnumerable<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null,
        string? standardInput = null)
    {
        var result = await RunAsync(fileName, arguments, cancellationToken, environment, standardInput).ConfigureAwait(false);
        return result.Succeeded ? result : throw new LabStartException($"{step} failed: {result}");
    }
}
