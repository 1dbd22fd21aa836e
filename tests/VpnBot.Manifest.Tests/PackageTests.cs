using System.IO.Compression;
using System.Text.Json.Nodes;
using VpnBot.Manifest.Tests.Support;

namespace VpnBot.Manifest.Tests;

/// <summary>eng/package-manifest.sh: the zip Teams accepts, with the real ids in place of the placeholders.</summary>
public sealed class PackageTests : IDisposable
{
    private const string BotId = "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    private const string AppId = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";

    private readonly TempFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Package_WithIds_HoldsExactlyTheManifestFilesAtTheRoot()
    {
        var zip = _scratch.Combine("app.zip");

        var run = await PackageAsync(["--bot-id", BotId, "--app-id", AppId, "-o", zip]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(
            ["color.png", "ja-jp.json", "manifest.json", "outline.png"],
            archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = ReadManifest(archive);
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, ManifestFiles.Bot(manifest)["botId"]!.GetValue<string>());
        foreach (var file in new[] { "color.png", "outline.png", "ja-jp.json" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.ManifestFolder, file)), ReadBytes(archive, file));
        }
    }

    [Fact]
    public async Task Package_Unpacked_ValidatesAgainstTheSchema()
    {
        var zip = _scratch.Combine("app.zip");
        var run = await PackageAsync(["--bot-id", BotId, "-o", zip]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var unpacked = _scratch.Combine("unpacked");
        await ZipFile.ExtractToDirectoryAsync(zip, unpacked, TestContext.Current.CancellationToken);

        var (validation, files) = await ManifestValidator.ValidateAsync(unpacked);

        Assert.All(files, f => Assert.Empty(f.Errors));
        Assert.Equal(0, validation.ExitCode);
    }

    [Fact]
    public async Task Package_BotIdOnly_UsesItAsTheAppIdToo()
    {
        var zip = _scratch.Combine("app.zip");

        var run = await PackageAsync(["--bot-id", BotId, "-o", zip]);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(BotId, ReadManifest(archive)["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_IdsFromTheEnvironment_AreUsed()
    {
        var zip = _scratch.Combine("app.zip");

        var run = await PackageAsync(["-o", zip], botId: BotId, appId: AppId);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var archive = ZipFile.OpenRead(zip);
        var manifest = ReadManifest(archive);
        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(BotId, ManifestFiles.Bot(manifest)["botId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_DefaultOutput_IsUnderArtifacts()
    {
        var run = await PackageAsync(["--bot-id", BotId]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(Repository.Root, "artifacts", "vpnbot-teams-app.zip")));
    }

    [Fact]
    public async Task Package_SameSources_GiveTheSameBytes()
    {
        var first = await PackageAsync(["--bot-id", BotId, "-o", _scratch.Combine("first.zip")]);
        var second = await PackageAsync(["--bot-id", BotId, "-o", _scratch.Combine("second.zip")]);

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0, first + "\n" + second);
        Assert.Equal(File.ReadAllBytes(_scratch.Combine("first.zip")), File.ReadAllBytes(_scratch.Combine("second.zip")));
    }

    [Theory]
    [InlineData("--bot-id", "nope")]
    [InlineData("--bot-id", "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b; touch /tmp/vpnbot-pwned")]
    [InlineData("--app-id", "{9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4}")]
    [InlineData("--app-id", "$(id)")]
    public async Task Package_IdThatIsNotAGuid_FailsNamingTheOption(string option, string value)
    {
        var zip = _scratch.Combine("app.zip");
        string[] arguments = option == "--bot-id" ? [option, value, "-o", zip] : ["--bot-id", BotId, option, value, "-o", zip];

        var run = await PackageAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} (", run.Error, StringComparison.Ordinal);
        Assert.Contains("is not a GUID", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Package_NoBotId_FailsSayingHowToGiveIt()
    {
        var run = await PackageAsync(["-o", _scratch.Combine("app.zip")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bot-id", run.Error, StringComparison.Ordinal);
        Assert.Contains("VPNBOT_BOT_ID", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_PlaceholderId_IsRefused()
    {
        var run = await PackageAsync(["--bot-id", ManifestFiles.PlaceholderId, "-o", _scratch.Combine("app.zip")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("placeholder", run.Error, StringComparison.Ordinal);
    }

    private static async Task<ProcessRun> PackageAsync(string[] arguments, string? botId = null, string? appId = null)
    {
        Requirements.RequirePython();
        var environment = new Dictionary<string, string?> { ["VPNBOT_BOT_ID"] = botId, ["VPNBOT_APP_ID"] = appId };
        return await ProcessRun.StartAsync("bash", [Repository.PackageScript, .. arguments], environment);
    }

    private static JsonObject ReadManifest(ZipArchive archive) =>
        JsonNode.Parse(ReadBytes(archive, "manifest.json"))!.AsObject();

    private static byte[] ReadBytes(ZipArchive archive, string name)
    {
        using var stream = archive.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
