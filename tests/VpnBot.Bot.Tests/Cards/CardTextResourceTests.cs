using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Bot.Cards.Model;

namespace VpnBot.Bot.Tests.Cards;

/// <summary>Every text of the bot exists in English and Japanese, with the same placeholders, and the Japanese is Japanese.</summary>
public sealed partial class CardTextResourceTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    public static TheoryData<string> ResourceClasses() => [.. ResourceTypes().Select(t => t.FullName!)];

    [Fact]
    public void BotAssembly_HasTheCardTexts()
    {
        Assert.Contains("VpnBot.Bot.Cards.Text.CheckText", ResourceTypes().Select(t => t.FullName));
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void ResourceClass_EveryKeyInBothLanguagesWithTheSamePlaceholders(string typeName)
    {
        var manager = Manager(typeName);
        var english = Entries(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var japanese = Entries(manager.GetResourceSet(Japanese, createIfNotExists: true, tryParents: false));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{typeName}.{key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), $"{typeName}.{key} is empty in Japanese");
            Assert.True(Placeholders(value).SetEquals(Placeholders(japanese[key])), $"{typeName}.{key}: placeholders differ");
            // A command line (/vpn lang ja|en) is the same in both languages.
            var command = value.StartsWith("/vpn", StringComparison.Ordinal);
            Assert.True(command || JapaneseScript().IsMatch(japanese[key]) || !Words().IsMatch(value), $"{typeName}.{key}: not translated: {japanese[key]}");
        }
    }

    private static IEnumerable<Type> ResourceTypes() =>
        typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t.GetProperty("ResourceManager", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.PropertyType == typeof(ResourceManager))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static ResourceManager Manager(string typeName) =>
        (ResourceManager)typeof(AdaptiveCard).Assembly.GetType(typeName, throwOnError: true)!
            .GetProperty("ResourceManager", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(null)!;

    private static Dictionary<string, string> Entries(ResourceSet? set)
    {
        Assert.NotNull(set);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            entries[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return entries;
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
