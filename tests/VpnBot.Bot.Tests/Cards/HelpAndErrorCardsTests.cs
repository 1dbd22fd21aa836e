using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

public sealed class HelpAndErrorCardsTests
{
    [Fact]
    public void Help_It_ListsEveryCommandWithExamples()
    {
        var card = HelpCards.Help(Audience.It, Language.English);

        Assert.Equal(["/vpn check [endpoint]", "/vpn explain <code>", "/vpn status", "/vpn agents [add <site> [name] | revoke <name>]", "/vpn fix <action> <agent>", "/vpn audit", "/vpn lang ja|en", "/vpn help"], Commands(card));
        var runs = Runs(card);
        Assert.Contains("/vpn check tokyo", runs);
        Assert.Contains("/vpn explain 809", runs);
        Assert.Contains("/vpn fix restart-rras tokyo-1", runs);
    }

    [Theory]
    [InlineData(Language.English, "“VPN won't connect”")]
    [InlineData(Language.Japanese, "「VPNにつながらない」")]
    public void Help_Employee_LeadsWithDescribingTheProblemAndHidesItCommands(Language language, string phrase)
    {
        var card = HelpCards.Help(Audience.Employee, language);

        var commands = Commands(card);
        Assert.Equal(phrase, commands[0]);
        Assert.DoesNotContain(Runs(card), r => r.StartsWith("/vpn check", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Audience.It, "/vpn check [endpoint]")]
    [InlineData(Audience.Employee, "“VPN won't connect”")]
    public void Fallback_OffersTheThreeMostUsefulCommands(Audience audience, string first)
    {
        var card = HelpCards.Fallback(audience, Language.English);

        var commands = Commands(card);
        Assert.Equal(first, commands[0]);
        Assert.Equal(3, commands.Count);
        Assert.Contains("Write /vpn help to see everything.", CardInspect.Strings(card));
    }

    [Theory]
    [InlineData(Language.English, "en", "I'll answer you in English from now on.")]
    [InlineData(Language.Japanese, "ja", "これからは日本語でお答えします。")]
    public void LanguageSet_ConfirmsInTheChosenLanguage(Language language, string lang, string text)
    {
        var card = HelpCards.LanguageSet(language);

        Assert.Equal(lang, card.Lang);
        Assert.Equal(text, CardInspect.Strings(card)[0]);
    }

    [Fact]
    public void Unexpected_ApologisesAndGivesTheReferenceOnly()
    {
        var card = ErrorCards.Unexpected("0HNDA3K8Q1B2C:00000007", Language.Japanese);

        var fact = CardInspect.OfType(card, "FactSet").Single().GetProperty("facts")[0];
        Assert.Equal("参照番号", fact.String("title"));
        Assert.Equal("0HNDA3K8Q1B2C:00000007", fact.String("value"));
        Assert.Contains("0HNDA3K8Q1B2C:00000007", card.FallbackText, StringComparison.Ordinal);
        Assert.Null(card.Actions);
    }

    [Fact]
    public void BadArgument_EchoesTheValueAsPlainTextAndShortened()
    {
        var value = "[click](https://evil.example) " + new string('x', 500);

        var card = ErrorCards.BadArgument("endpoint", value, new LocalizedText("a configured endpoint name", "設定済みのエンドポイント名"), Language.English);

        var run = Assert.Single(Runs(card), r => r.StartsWith("[click]", StringComparison.Ordinal));
        Assert.True(run.Length <= 80, $"{run.Length} characters");
        Assert.DoesNotContain(CardInspect.OfType(card, "TextBlock"), b => b.String("text")!.Contains("click", StringComparison.Ordinal));
        Assert.Contains("a configured endpoint name", Runs(card));
    }

    [Theory]
    [InlineData(Language.English, "This is for IT administrators")]
    [InlineData(Language.Japanese, "IT 管理者向けの機能です")]
    public void ItOnly_SaysWhoMayAndWhatToDoInstead(Language language, string title)
    {
        var card = ErrorCards.ItOnly(language);

        Assert.Equal(title, CardInspect.Strings(card)[0]);
        Assert.Contains(language == Language.English ? "VPN won't connect" : "VPNにつながらない", CardInspect.Text(card), StringComparison.Ordinal);
    }

    /// <summary>The commands a help card lists: the accent-coloured runs.</summary>
    private static List<string> Commands(AdaptiveCard card) =>
        [.. CardInspect.OfType(card, "TextRun").Where(r => r.String("color") == "accent").Select(r => r.String("text")!)];

    private static List<string> Runs(AdaptiveCard card) => [.. CardInspect.OfType(card, "TextRun").Select(r => r.String("text")!.Trim())];
}
