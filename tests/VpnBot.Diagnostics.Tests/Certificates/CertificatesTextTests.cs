using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Certificates;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed partial class CertificatesTextTests
{
    [Fact]
    public void Resources_EveryEnglishTextHasAJapaneseOneWithTheSamePlaceholders()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var japanese = Texts(CultureInfo.GetCultureInfo("ja"));

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), japanese.Keys.Order(StringComparer.Ordinal));
        Assert.All(english, pair =>
        {
            Assert.Equal(Placeholders(pair.Value), Placeholders(japanese[pair.Key]));
            Assert.NotEqual(pair.Value, japanese[pair.Key]);
        });
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var set = CertificatesText.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for {culture.Name}");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
