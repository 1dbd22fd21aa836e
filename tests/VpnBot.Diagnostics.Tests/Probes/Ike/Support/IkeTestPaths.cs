namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>Locates the IKE test folder in the source tree (the fixtures live there, not in the build output).</summary>
internal static class IkeTestPaths
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VpnBot.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "VpnBot.Diagnostics.Tests", "Probes", "Ike");
            }
        }

        throw new DirectoryNotFoundException("VpnBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Fixtures => Path.Combine(Folder.Value, "Fixtures");
}
