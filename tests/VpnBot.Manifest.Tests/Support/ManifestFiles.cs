using System.Text.Json.Nodes;

namespace VpnBot.Manifest.Tests.Support;

/// <summary>The committed manifest files, parsed.</summary>
internal static class ManifestFiles
{
    public const string PlaceholderId = "00000000-0000-0000-0000-000000000000";

    /// <summary>
    /// The commands the bot implements (the lead's command table in the bot: check, explain, status, help,
    /// lang), in the order the help card lists them. Kept here by hand: when a command is added to or removed
    /// from the bot, change this list, and the tests then insist that the manifest and ja-jp.json follow.
    /// </summary>
    public static readonly IReadOnlyList<string> BotCommands = ["check", "explain", "status", "help", "lang", "agents", "fix", "audit"];

    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    public static JsonObject Manifest() => Read("manifest.json");

    public static JsonObject Japanese() => Read("ja-jp.json");

    public static JsonObject Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.ManifestFolder, file)))!.AsObject();

    public static JsonObject Bot(JsonObject manifest) => Assert.Single(manifest["bots"]!.AsArray())!.AsObject();

    public static IEnumerable<string> Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>());

    /// <summary>True when the text holds kana or kanji.</summary>
    public static bool IsJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
}
