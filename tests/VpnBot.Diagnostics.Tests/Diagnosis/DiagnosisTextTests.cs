using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Diagnosis.Rules;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

public sealed partial class DiagnosisTextTests
{
    private static readonly ResourceManager Resources = DiagnosisText.ResourceManager;

    public static TheoryData<string> Keys => [.. Read(CultureInfo.InvariantCulture).Keys];

    [Fact]
    public void Japanese_HasExactlyTheEnglishKeys()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var japanese = Read(CultureInfo.GetCultureInfo("ja"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), japanese.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_BothLanguages_AreWrittenAndTakeTheSameArguments(string key)
    {
        var english = Read(CultureInfo.InvariantCulture)[key];
        var japanese = Read(CultureInfo.GetCultureInfo("ja"))[key];

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(japanese));
        Assert.Equal(Placeholders(english), Placeholders(japanese));
        if (!key.StartsWith("ProbeResult", StringComparison.Ordinal))
        {
            Assert.NotEqual(english, japanese);
        }
    }

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {culture.Name} resources.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
