using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Dns;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed partial class DnsTextTests
{
    [Fact]
    public void Resources_EveryKey_ExistsInJapaneseWithTheSamePlaceholders()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        // The satellite is "ja": asking for "ja-JP" without parents finds it only once something else has looked it up.
        var japanese = Entries(CultureInfo.GetCultureInfo("ja"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair =>
        {
            Assert.NotEqual(pair.Value, japanese[pair.Key]);
            Assert.Equal(Placeholders(pair.Value), Placeholders(japanese[pair.Key]));
        });
    }

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = DnsText.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException(culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
