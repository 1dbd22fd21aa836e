using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Tests.Localization;

/// <summary>Every user-facing text exists in English and Japanese, with the same placeholders.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    public static TheoryData<string> ResourceClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in ResourceTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void CoreAssembly_HasGeneratedResourceClasses()
    {
        Assert.NotEmpty(ResourceTypes());
    }

    [Theory]
    [MemberData(nameof(ResourceClasses))]
    public void ResourceClass_EveryKeyHasEnglishAndJapaneseWithSamePlaceholders(string typeName)
    {
        var manager = Manager(typeName);
        var english = Entries(manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var japanese = Entries(manager.GetResourceSet(Japanese, createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{typeName}.{key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), $"{typeName}.{key} is empty in Japanese");
            Assert.True(
                Placeholders(value).SetEquals(Placeholders(japanese[key])),
                $"{typeName}.{key}: placeholders differ between English and Japanese");
            Assert.True(
                JapaneseScript().IsMatch(japanese[key]) || !Words().IsMatch(value),
                $"{typeName}.{key}: the Japanese text is not written in Japanese: {japanese[key]}");
        }
    }

    private static IEnumerable<Type> ResourceTypes() =>
        typeof(CheckIds).Assembly.GetTypes()
            .Where(t => t.GetProperty("ResourceManager", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)?.PropertyType == typeof(ResourceManager))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static ResourceManager Manager(string typeName)
    {
        var type = typeof(CheckIds).Assembly.GetType(typeName, throwOnError: true)!;
        return (ResourceManager)type.GetProperty("ResourceManager", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(null)!;
    }

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

    private static HashSet<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    /// <summary>Two or more English words in a row: prose that needs translating, unlike a bare token or format.</summary>
    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
