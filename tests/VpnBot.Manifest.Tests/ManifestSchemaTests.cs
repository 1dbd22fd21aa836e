using VpnBot.Manifest.Tests.Support;

namespace VpnBot.Manifest.Tests;

public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task Validate_CommittedManifest_HasNoSchemaErrors()
    {
        var (run, files) = await ManifestValidator.ValidateAsync(Repository.ManifestFolder);

        Assert.Equal(["manifest.json", "ja-jp.json"], files.Select(f => f.File));
        Assert.All(files, f => Assert.Empty(f.Errors));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Validate_BrokenManifest_ReportsEachError()
    {
        // The validator must be able to say no: break both files and expect it to notice.
        using var copy = new TempFolder();
        copy.CopyFrom(Repository.ManifestFolder);
        copy.Edit("manifest.json", manifest => manifest["id"] = "not-a-guid");
        copy.Edit("ja-jp.json", japanese => japanese.Remove("name.short"));

        var (run, files) = await ManifestValidator.ValidateAsync(copy.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(files.Single(f => f.File == "manifest.json").Errors, e => e.StartsWith("/id ", StringComparison.Ordinal));
        Assert.Contains(files.Single(f => f.File == "ja-jp.json").Errors, e => e.Contains("name.short", StringComparison.Ordinal));
    }

    [Fact]
    public void ManifestVersion_IsTheNewestReleasedSchemaInThePackage()
    {
        Requirements.RequireNode();
        var newest = Directory.GetDirectories(Path.Combine(Repository.ManifestPackage, "build", "json-schemas", "teams"), "v1.*")
            .Select(folder => Version.Parse(Path.GetFileName(folder)[1..]))
            .Max()!;
        var manifest = ManifestFiles.Manifest();

        Assert.Equal(newest.ToString(), manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.schema.json",
            manifest["$schema"]!.GetValue<string>());
        Assert.Equal(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.Localization.schema.json",
            ManifestFiles.Japanese()["$schema"]!.GetValue<string>());
    }
}
