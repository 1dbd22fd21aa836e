using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using VpnBot.Cli.Localization;
using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Tests.Localization;

/// <summary>Every CLI text exists in English and Japanese with the same placeholders; the core texts the CLI borrows exist.</summary>
public sealed partial class CliTextTests
{
    [Fact]
    public void CliText_EveryKeyHasEnglishAndJapaneseWithSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var japanese = Entries(CultureInfo.GetCultureInfo("ja"));

        Assert.True(english.Count > 50, $"{english.Count} texts");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(japanese[key]), key);
            Assert.True(Placeholders(value).SetEquals(Placeholders(japanese[key])), $"{key}: placeholders differ");
            Assert.DoesNotContain('\n', value);
            Assert.DoesNotContain('\n', japanese[key]);
        }
    }

    [Fact]
    public void CliText_EveryGeneratedPropertyIsReadableInBothLanguages()
    {
        var names = typeof(CliText).GetProperties(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => p.Name)
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            var text = Texts.Of(name, "a", "b", "c", "d", "e", "f", "g", "h");
            Assert.False(string.IsNullOrWhiteSpace(text.En));
            Assert.False(Ansi.HasJapanese(text.En), name);
            Assert.False(string.IsNullOrWhiteSpace(text.Ja));
        });
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = CliText.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            entries[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return entries;
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
