using System.Diagnostics;
using System.Text;

namespace VpnBot.Bot.Tests.Cards.Node;

/// <summary>
/// Runs a script of tests/js under Node. What a script needs (node, the npm packages, Chromium) may be missing on a
/// developer's machine: the test is then skipped with the reason, and fails with it when <c>CI=true</c>, because CI
/// installs everything (eng/test.sh) and a skipped check there would be a check that never runs.
/// </summary>
internal static class NodeTool
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>No script may hang the suite: Chromium rendering a hundred cards takes seconds, not minutes.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the script cannot run here, or null when it can.</summary>
    /// <param name="packages">npm packages the script loads.</param>
    /// <param name="needsChromium">True for scripts that drive the browser.</param>
    public static string? MissingReason(IEnumerable<string> packages, bool needsChromium = false)
    {
        if (FindNode() is null)
        {
            return "node is not installed (Debian package nodejs).";
        }

        var missing = packages.Where(p => !Directory.Exists(Path.Combine(Repository.Js, "node_modules", p))).ToList();
        if (missing.Count > 0)
        {
            return $"npm packages {string.Join(", ", missing)} are not installed in tests/js (run eng/test-node.sh).";
        }

        return needsChromium && !File.Exists(Chromium) ? $"{Chromium} is not installed (Debian package chromium)." : null;
    }

    /// <summary>Skips the calling test for <paramref name="reason"/>, or fails it under CI; nothing when there is no reason.</summary>
    public static void Require(string? reason)
    {
        if (reason is null)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{reason} (CI=true: a missing tool is a failure, not a skip.)");
        }

        Assert.Skip(reason);
    }

    /// <summary>Runs <c>node tests/js/SCRIPT ARGS…</c> and returns its standard output; a non-zero exit throws with its standard error.</summary>
    public static async Task<string> RunAsync(string script, IReadOnlyList<string> args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(FindNode()!)
        {
            WorkingDirectory = Repository.Js,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Js, script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // Ours to stop: the process this call started, and its children (Chromium).
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stdout = await output;
        var stderr = await error;
        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {stderr}");
    }

    private static string? FindNode()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.Concat(["/usr/local/bin", "/usr/bin"])
            .Select(directory => Path.Combine(directory, "node"))
            .FirstOrDefault(File.Exists);
    }
}
