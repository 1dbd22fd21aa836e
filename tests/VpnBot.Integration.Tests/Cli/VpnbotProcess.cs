using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace VpnBot.Integration.Tests.Cli;

/// <summary>What one run of the <c>vpnbot</c> executable produced.</summary>
internal sealed record VpnbotRun(int ExitCode, string Out, string Error)
{
    /// <summary>The <c>--json</c> report on standard output.</summary>
    public JsonElement Report()
    {
        try
        {
            using var document = JsonDocument.Parse(Out);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            Assert.Fail($"stdout is not one JSON object ({ex.Message}):\n{this}");
            throw;
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the built <c>vpnbot</c> executable (copied beside the tests by the CLI project reference) as its own
/// process against the lab. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>, never a shell; the
/// locale is pinned so the language is the one the test asks for. The process must end by itself: one that
/// outlives <see cref="MaxRunTime"/> is killed and the test fails.
/// </summary>
internal static class VpnbotProcess
{
    /// <summary>Far beyond any deadline the tests pass (2–5 s): reaching it means the command hung.</summary>
    public static readonly TimeSpan MaxRunTime = TimeSpan.FromSeconds(30);

    private static readonly string[] LocaleVariables = ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "DOTNET_CLI_UI_LANGUAGE"];

    public static async Task<VpnbotRun> RunAsync(params string[] args)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "vpnbot.exe" : "vpnbot");
        Assert.True(File.Exists(executable), $"{executable} is missing: the CLI project reference copies it there.");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in LocaleVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["LANG"] = "C.UTF-8";

        var cancellationToken = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(MaxRunTime);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"vpnbot {string.Join(' ', args)} was still running after {MaxRunTime.TotalSeconds} s.");
        }

        return new VpnbotRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
