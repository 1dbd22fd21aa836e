namespace VpnBot.Bot.Tests.Cards.Node;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VpnBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No VpnBot.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    /// <summary>The npm tools the tests call (tests/js; eng/test-node.sh installs node_modules).</summary>
    public static string Js => Path.Combine(Root, "tests", "js");

    public static string DocsCards => Path.Combine(Root, "docs", "cards");
}
