using System.Globalization;
using System.Reflection;
using VpnBot.Cli.Localization;
using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Localization;
using VpnBot.Testing;

namespace VpnBot.Cli.Tests.Localization;

/// <summary>Every CLI text exists in English and Japanese with the same placeholders; the core texts the CLI borrows exist.</summary>
public sealed class CliTextTests
{
    [Fact]
    public void CliText_EveryKeyHasEnglishAndJapaneseWithSamePlaceholders()
    {
        var english = ResourceTexts.Entries(CliText.ResourceManager, CultureInfo.InvariantCulture);
        var japanese = ResourceTexts.Entries(CliText.ResourceManager, ResourceTexts.Japanese);

        Assert.True(english.Count > 50, $"{english.Count} texts");
        ResourceTexts.AssertBothLanguages(typeof(CliText));

        // The CLI prints one text per line: a line break inside one would break the plain-text output.
        Assert.All(english.Values.Concat(japanese.Values), text => Assert.DoesNotContain('\n', text));
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
}
