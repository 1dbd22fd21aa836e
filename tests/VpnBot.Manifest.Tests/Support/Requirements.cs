namespace VpnBot.Manifest.Tests.Support;

/// <summary>
/// Tools a test needs besides .NET: Node with the npm packages of tests/js (eng/test-node.sh installs them),
/// python3 for the packaging script. Missing, the test is skipped with the reason on a developer machine and
/// fails when <c>CI=true</c>, where eng/test.sh installs everything.
/// </summary>
internal static class Requirements
{
    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Node and npm <c>@microsoft/app-manifest</c> (with its validator).</summary>
    public static string RequireNode()
    {
        var node = FindProgram("node");
        Enforce(node is null
            ? "node is not installed (Debian package nodejs)."
            : !Directory.Exists(Repository.ManifestPackage)
                ? "npm @microsoft/app-manifest is not installed in tests/js (run eng/test-node.sh)."
                : null);
        return node!;
    }

    public static string RequirePython()
    {
        var python = FindProgram("python3");
        Enforce(python is null ? "python3 is not installed; eng/package-manifest.sh needs it." : null);
        return python!;
    }

    private static void Enforce(string? missing)
    {
        if (missing is null)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail($"{missing} (CI=true: a missing tool is a failure, not a skip.)");
        }

        Assert.Skip(missing);
    }

    private static string? FindProgram(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
