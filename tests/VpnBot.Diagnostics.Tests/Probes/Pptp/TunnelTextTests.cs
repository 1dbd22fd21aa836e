using System.Globalization;
using System.Resources;
using VpnBot.Diagnostics.Probes.Gre;
using VpnBot.Diagnostics.Probes.L2tp;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Probes.Sstp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>Every text of the tunnel probes exists in English and Japanese, with the same placeholders.</summary>
public sealed class TunnelTextTests
{
    public static TheoryData<string> Areas => ["Pptp", "Gre", "L2tp", "Sstp"];

    [Theory]
    [MemberData(nameof(Areas))]
    public void Resources_EveryKey_IsInBothLanguagesWithTheSamePlaceholders(string area)
    {
        var resources = Manager(area);
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var japanese = resources.GetResourceSet(CultureInfo.GetCultureInfo("ja"), createIfNotExists: true, tryParents: false)!;
        var englishKeys = english.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
        var japaneseKeys = japanese.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

        Assert.Equal(englishKeys.Keys.Order(StringComparer.Ordinal), japaneseKeys.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in englishKeys)
        {
            Assert.Equal(Placeholders(text), Placeholders(japaneseKeys[key]));
            Assert.NotEqual(text, japaneseKeys[key]);
        }
    }

    private static ResourceManager Manager(string area) => area switch
    {
        "Pptp" => PptpText.ResourceManager,
        "Gre" => GreText.ResourceManager,
        "L2tp" => L2tpText.ResourceManager,
        _ => SstpText.ResourceManager,
    };

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
}
