using System.Diagnostics;
using System.Text;

namespace VpnBot.Cli.Tests.Support;

/// <summary>
/// Runs the built <c>vpnbot</c> executable (copied beside the tests by the project reference) as its own
/// process, for the real exit status and the real standard error. Arguments go through
/// <see cref="ProcessStartInfo.ArgumentList"/>, never a shell.
/// </summary>
internal static class OutOfProcess
{
    private static readonly string[] LocaleVariables = ["LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "DOTNET_CLI_UI_LANGUAGE"];

    public static async Task<CliRun> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "vpnbot.exe" : "vpnbot");
        var start = new ProcessStartInfo(executable)
        {
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

        // The child speaks the language the test asks for, whatever the machine's locale is.
        foreach (var name in LocaleVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["LANG"] = "C.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
