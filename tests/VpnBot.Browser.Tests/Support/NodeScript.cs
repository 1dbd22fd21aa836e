using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace VpnBot.Browser.Tests.Support;

/// <summary>
/// Runs one of the tests/js scripts with Node and returns the JSON object it prints last. Chromium's HOME and
/// XDG_CONFIG_HOME are a scratch folder, removed afterwards. Arguments go through ArgumentList, never a shell.
/// </summary>
internal static class NodeScript
{
    // A guard against a hung browser, not a timing assertion: the scripts take seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static Task<JsonObject> RunAsync(string script, params string[] args) => RunWithInputAsync(script, input: null, args);

    /// <summary>Runs the script with <paramref name="input"/> on its standard input.</summary>
    public static async Task<JsonObject> RunWithInputAsync(string script, string? input, params string[] args)
    {
        var scratch = Directory.CreateTempSubdirectory("vpnbot-browser-");
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = RepositoryPaths.TestScripts,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["HOME"] = scratch.FullName;
            start.Environment["XDG_CONFIG_HOME"] = Path.Combine(scratch.FullName, ".config");
            start.Environment["CHROMIUM"] = Requirements.Chromium;

            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(Limit);
            using var process = Process.Start(start)!;
            try
            {
                await process.StandardInput.WriteAsync(input ?? string.Empty);
                process.StandardInput.Close();
                var output = process.StandardOutput.ReadToEndAsync(limit.Token);
                var error = process.StandardError.ReadToEndAsync(limit.Token);
                await process.WaitForExitAsync(limit.Token);
                var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
                var result = lastLine is null ? null : JsonNode.Parse(lastLine) as JsonObject;
                return result ?? throw new InvalidOperationException($"{script} printed no result (exit {process.ExitCode}): {await error}");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
