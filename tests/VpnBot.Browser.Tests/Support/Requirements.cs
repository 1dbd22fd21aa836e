namespace VpnBot.Browser.Tests.Support;

/// <summary>
/// What the browser tests need besides .NET: Node.js, Debian's Chromium and tests/js/node_modules (eng/test.sh
/// installs all three). Missing, a test is skipped with the reason — or fails when CI=true, where nothing may
/// be skipped.
/// </summary>
internal static class Requirements
{
    public const string Chromium = "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Node.js alone, for scripts that need no browser.</summary>
    public static void RequireNode() => Enforce(FindOnPath("node") is null ? ["node (Node.js)"] : []);

    public static void RequireBrowser()
    {
        var missing = new List<string>();
        if (FindOnPath("node") is null)
        {
            missing.Add("node (Node.js)");
        }

        if (!File.Exists(Chromium))
        {
            missing.Add($"{Chromium} (Debian package chromium)");
        }

        if (!File.Exists(Path.Combine(RepositoryPaths.TestScripts, "node_modules", "playwright-core", "package.json")))
        {
            missing.Add("tests/js/node_modules (run eng/test-node.sh)");
        }

        Enforce(missing);
    }

    private static void Enforce(List<string> missing)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"This test needs {string.Join(", ", missing)}.";
        if (IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
