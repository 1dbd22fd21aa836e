namespace VpnBot.Manifest.Tests.Support;

/// <summary>Paths in the source tree the tests read: the manifest folder, the node tools, the packaging script.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ManifestFolder => Path.Combine(Root, "manifest");

    public static string ManifestFile => Path.Combine(ManifestFolder, "manifest.json");

    public static string NodeTools => Path.Combine(Root, "tests", "js");

    public static string ManifestPackage => Path.Combine(NodeTools, "node_modules", "@microsoft", "app-manifest");

    public static string ValidateScript => Path.Combine(NodeTools, "validate-manifest.mjs");

    public static string PackageScript => Path.Combine(Root, "eng", "package-manifest.sh");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VpnBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("VpnBot.sln not found above " + AppContext.BaseDirectory);
    }
}
