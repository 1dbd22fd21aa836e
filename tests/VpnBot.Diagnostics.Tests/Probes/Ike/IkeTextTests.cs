using System.Globalization;
using System.Resources;
using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class IkeTextTests
{
    [Fact]
    public void Resources_EveryEnglishKeyHasAJapaneseText()
    {
        var english = Keys(CultureInfo.InvariantCulture);
        var japanese = Keys(CultureInfo.GetCultureInfo("ja"));

        Assert.Equal(english.Order(StringComparer.Ordinal), japanese.Order(StringComparer.Ordinal));
        Assert.All(english, key => Assert.NotEqual(
            IkeText.ResourceManager.GetString(key, CultureInfo.InvariantCulture),
            IkeText.ResourceManager.GetString(key, CultureInfo.GetCultureInfo("ja"))));
    }

    [Fact]
    public void Resources_EveryMalformationHasAPhrase()
    {
        Assert.All(Enum.GetValues<IkeMalformation>(), reason =>
        {
            var phrase = IkeFindings.Reason(reason);
            Assert.False(string.IsNullOrWhiteSpace(phrase.En));
            Assert.False(string.IsNullOrWhiteSpace(phrase.Ja));
            Assert.NotEqual("unknown", new IkeParseFailure(reason, 0).Token);
        });
    }

    private static List<string> Keys(CultureInfo culture)
    {
        // The set is the resource manager's cached one: disposing it would close it for every caller.
        var set = IkeText.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
