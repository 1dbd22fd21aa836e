using VpnBot.Manifest.Tests.Support;

namespace VpnBot.Manifest.Tests;

/// <summary>What the schema cannot know: the manifest describes this bot, in both languages.</summary>
public sealed class ManifestContentTests
{
    [Fact]
    public void Bot_Scopes_ArePersonalTeamAndGroupChat()
    {
        var bot = ManifestFiles.Bot(ManifestFiles.Manifest());

        Assert.Equal(ManifestFiles.Scopes, ManifestFiles.Strings(bot["scopes"]));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void Ids_InTheCommittedFile_AreThePlaceholderTheScriptReplaces()
    {
        var manifest = ManifestFiles.Manifest();

        Assert.Equal(ManifestFiles.PlaceholderId, manifest["id"]!.GetValue<string>());
        Assert.Equal(ManifestFiles.PlaceholderId, ManifestFiles.Bot(manifest)["botId"]!.GetValue<string>());
    }

    [Fact]
    public void CommandLists_EachScope_ListsExactlyTheBotsCommands()
    {
        var lists = ManifestFiles.Bot(ManifestFiles.Manifest())["commandLists"]!.AsArray();

        foreach (var scope in ManifestFiles.Scopes)
        {
            var list = Assert.Single(lists, l => ManifestFiles.Strings(l!["scopes"]).Contains(scope))!;
            var titles = list["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());
            Assert.Equal(ManifestFiles.BotCommands, titles);
        }
    }

    [Fact]
    public void CommandLists_EveryDescription_StartsWithTheCommandAsTyped()
    {
        var lists = ManifestFiles.Bot(ManifestFiles.Manifest())["commandLists"]!.AsArray();

        Assert.All(
            lists.SelectMany(l => l!["commands"]!.AsArray()),
            command => Assert.StartsWith(
                "/vpn " + command!["title"]!.GetValue<string>(),
                command["description"]!.GetValue<string>(),
                StringComparison.Ordinal));
    }

    [Fact]
    public void Localization_EnglishByDefault_JapaneseFromItsFile()
    {
        var info = ManifestFiles.Manifest()["localizationInfo"]!;

        Assert.Equal("en-us", info["defaultLanguageTag"]!.GetValue<string>());
        var japanese = Assert.Single(info["additionalLanguages"]!.AsArray())!;
        Assert.Equal("ja-jp", japanese["languageTag"]!.GetValue<string>());
        Assert.Equal("ja-jp.json", japanese["file"]!.GetValue<string>());
    }

    [Fact]
    public void JapaneseFile_NameAndDescriptions_AreInJapanese()
    {
        var japanese = ManifestFiles.Japanese();

        foreach (var key in new[] { "name.full", "description.short", "description.full" })
        {
            Assert.True(ManifestFiles.IsJapanese(japanese[key]!.GetValue<string>()), $"{key} is not in Japanese");
        }
    }

    [Fact]
    public void JapaneseFile_EveryCommandDescription_IsTranslatedAndTitlesStayTheTypedWords()
    {
        var japanese = ManifestFiles.Japanese();
        var lists = ManifestFiles.Bot(ManifestFiles.Manifest())["commandLists"]!.AsArray();

        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            for (var j = 0; j < commands.Count; j++)
            {
                var prefix = $"bots[0].commandLists[{i}].commands[{j}].";
                var description = japanese[prefix + "description"]?.GetValue<string>();
                Assert.True(description is not null && ManifestFiles.IsJapanese(description), $"{prefix}description is missing or not Japanese");
                Assert.StartsWith("/vpn " + commands[j]!["title"]!.GetValue<string>(), description, StringComparison.Ordinal);
                Assert.Null(japanese[prefix + "title"]);
            }
        }
    }

    [Fact]
    public void Icons_NameTheCommittedFiles()
    {
        var icons = ManifestFiles.Manifest()["icons"]!;

        Assert.Equal("color.png", icons["color"]!.GetValue<string>());
        Assert.Equal("outline.png", icons["outline"]!.GetValue<string>());
    }
}
