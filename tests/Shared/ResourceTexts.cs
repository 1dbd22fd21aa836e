using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace VpnBot.Testing;

/// <summary>
/// The product's rule for user-facing text, checked the same way in every assembly that has .resx pairs:
/// every key exists in English and Japanese, neither is empty, both have the same placeholders, and the
/// Japanese is written in Japanese. Linked into every test project by tests/Directory.Build.props.
/// </summary>
internal static partial class ResourceTexts
{
    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja");

    /// <summary>The generated strongly typed resource classes of <paramref name="assembly"/>, by name.</summary>
    public static IReadOnlyList<Type> ClassesIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => ManagerProperty(t)?.PropertyType == typeof(ResourceManager))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    public static ResourceManager ManagerOf(Type resourceClass) => (ResourceManager)ManagerProperty(resourceClass)!.GetValue(null)!;

    /// <summary>The texts of one culture only (no fallback to the neutral culture).</summary>
    public static Dictionary<string, string> Entries(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            entries[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return entries;
    }

    public static void AssertBothLanguages(Type resourceClass)
    {
        var name = resourceClass.FullName;
        var manager = ManagerOf(resourceClass);
        var english = Entries(manager, CultureInfo.InvariantCulture);
        var japanese = Entries(manager, Japanese);

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(value), $"{name}.{key} is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), $"{name}.{key} is empty in Japanese");
            Assert.True(
                Placeholders(value).SetEquals(Placeholders(japanese[key])),
                $"{name}.{key}: placeholders differ between English and Japanese");

            // A command line (/vpn lang ja|en) reads the same in both languages.
            var command = value.StartsWith("/vpn", StringComparison.Ordinal);
            Assert.True(
                command || JapaneseScript().IsMatch(japanese[key]) || !Words().IsMatch(value),
                $"{name}.{key}: the Japanese text is not written in Japanese: {japanese[key]}");
        }
    }

    private static PropertyInfo? ManagerProperty(Type type) =>
        type.GetProperty("ResourceManager", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);

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
