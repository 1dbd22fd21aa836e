using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

public sealed class ExplainCardsTests
{
    private static readonly ErrorCodeCatalog Codes = ErrorCodeCatalog.Default;

    private static ErrorCodeEntry Entry(string code) => Codes.Find(code).Entry!;

    [Fact]
    public void Explain_ItWithEndpoints_OffersOneCheckPerEndpointRunningTheConfirmingChecks()
    {
        var card = ExplainCards.Explain(Entry("809"), "809", Audience.It, ["tokyo", "osaka"], Language.English);

        var buttons = card.Actions!.Cast<ExecuteAction>().ToList();
        Assert.Equal(["tokyo", "osaka"], buttons.Select(b => b.Data![Verbs.EndpointKey]));
        Assert.All(buttons, b => Assert.Equal(Verbs.Check, b.Verb));
        var checks = buttons[0].Data![Verbs.ChecksKey].Split(',');
        Assert.Equal(["dns.resolve", "dns.consistency", "dns.split-horizon", "dns.cache", "ike.v2", "ike.v1", "ike.nat-t"], checks);
    }

    [Fact]
    public void Explain_ManyEndpoints_KeepsTheButtonsToAFew()
    {
        var card = ExplainCards.Explain(Entry("868"), "868", Audience.It, ["a", "b", "c", "d", "e"], Language.English);

        Assert.Equal(3, card.Actions!.Count);
    }

    [Theory]
    [InlineData(Language.English, "What it means", "Likely causes", "Confirm with: ike.v2, ike.v1, ike.nat-t, firewall.rules, nat.forwarding")]
    [InlineData(Language.Japanese, "意味", "考えられる原因", "確認するチェック: ike.v2, ike.v1, ike.nat-t, firewall.rules, nat.forwarding")]
    public void Explain_It_ShowsMeaningCausesWithTheirChecksAndSteps(Language language, string meaning, string causes, string confirm)
    {
        var entry = Entry("809");

        var strings = CardInspect.Strings(ExplainCards.Explain(entry, "809", Audience.It, [], language));

        Assert.Contains("ERROR_VPN_TIMEOUT", strings);
        Assert.Contains(meaning, strings);
        Assert.Contains(entry.Meaning[language], strings);
        Assert.Contains(causes, strings);
        Assert.Contains(confirm, strings);
        Assert.Contains(entry.Steps[^1][language], strings);
    }

    [Fact]
    public void Explain_Employee_HasNoButtonAndNoAdministratorSteps()
    {
        var entry = Entry("809");

        var card = ExplainCards.Explain(entry, "809", Audience.Employee, ["tokyo"], Language.English);

        Assert.Null(card.Actions);
        var text = CardInspect.Text(card);
        Assert.Contains(entry.Meaning.En, text, StringComparison.Ordinal);
        Assert.DoesNotContain(entry.Steps[0].En, text, StringComparison.Ordinal);
        Assert.Contains("IT can check the VPN server.", text, StringComparison.Ordinal);
        Assert.Contains("Try another network", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_WrittenAsEventLogHresult_SaysWhichCodeItIs()
    {
        var card = ExplainCards.Explain(Entry("868"), "-2147024028", Audience.It, [], Language.English);

        var runs = CardInspect.OfType(card, "TextRun").Select(r => r.String("text")).ToList();
        Assert.Contains("-2147024028", runs);
        Assert.Contains(", which is error 868.", runs);
        Assert.Equal("Error 868", CardInspect.Strings(card)[0]);
    }

    [Fact]
    public void Explain_WrittenAsCanonical_DoesNotRepeatIt()
    {
        var card = ExplainCards.Explain(Entry("0x800B0109"), "0x800b0109", Audience.It, [], Language.English);

        Assert.DoesNotContain(", which is error 0x800B0109.", CardInspect.Strings(card));
    }

    [Theory]
    [InlineData(ErrorCodeLookupFailure.NotACode, "That is not an error code")]
    [InlineData(ErrorCodeLookupFailure.Unknown, "I don't know this error code yet")]
    public void NotFound_SaysWhyAndListsCodesItKnows(ErrorCodeLookupFailure failure, string title)
    {
        var card = ExplainCards.NotFound("hello", failure, Codes, Language.English);

        var strings = CardInspect.Strings(card);
        Assert.Equal(title, strings[0]);
        Assert.Contains("hello", strings);
        var facts = CardInspect.OfType(card, "FactSet").Single().GetProperty("facts").EnumerateArray().Select(f => f.String("title")).ToList();
        Assert.Equal(["809", "868", "800", "691", "13801", "0x800B0109"], facts);
    }
}
