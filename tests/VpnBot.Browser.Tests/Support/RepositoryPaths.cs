namespace VpnBot.Browser.Tests.Support;

/// <summary>Places in the repository the tests use, found from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/js: the Node scripts and their node_modules.</summary>
    public static string TestScripts => Path.Combine(Root, "tests", "js");

    /// <summary>Where screenshots go: beside the test assembly, so they travel with the test output.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VpnBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No VpnBot.sln above {AppContext.BaseDirectory}.");
    }
}
