using System.Diagnostics;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Tools;

/// <summary>Runs the tools an administrator would use (dig, ike-scan, openssl) with a bounded wait and stdin closed.</summary>
public static class StandardTool
{
    public static async Task<ToolResult> RunAsync(string program, params string[] arguments)
    {
        LabRequirements.Require(program);
        var info = new ProcessStartInfo(LabRequirements.FindProgram(program)!)
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

        var cancellationToken = TestContext.Current.CancellationToken;
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolResult($"{program} {string.Join(' ', arguments)}", process.ExitCode, await output + await error);
    }
}
