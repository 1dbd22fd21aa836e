using VpnBot.Bot.Cards;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Cards;

public sealed class TriageCardsTests
{
    private static readonly ErrorCodeCatalog Codes = ErrorCodeCatalog.Default;
    private static readonly DateTimeOffset CheckedAt = new(2026, 11, 26, 0, 41, 12, TimeSpan.Zero);

    [Fact]
    public void Ask_WithCode_PrefillsItAndAsksConnectionAndNetworkByEnumName()
    {
        var card = TriageCards.Ask("809", Language.English);

        var code = Assert.Single(card.Body.OfType<TextInput>());
        Assert.Equal(Verbs.CodeKey, code.Id);
        Assert.Equal("809", code.Value);
        var choices = card.Body.OfType<ChoiceSetInput>().ToDictionary(c => c.Id!);
        Assert.Equal(Enum.GetNames<ConnectionType>().Order(), choices[Verbs.ConnectionKey].Choices.Select(c => c.Value).Order());
        Assert.Equal(Enum.GetNames<NetworkKind>().Order(), choices[Verbs.NetworkKey].Choices.Select(c => c.Value).Order());
        Assert.All(card.Body.Where(e => e is TextInput or ChoiceSetInput), input => Assert.NotNull(input is TextInput t ? t.Label : ((ChoiceSetInput)input).Label));
        var send = Assert.IsType<ExecuteAction>(Assert.Single(card.Actions!));
        Assert.Equal(Verbs.Triage, send.Verb);
        Assert.Equal("auto", send.AssociatedInputs);
    }

    [Fact]
    public void Ask_WithoutCode_LeavesTheCodeEmptyAndUnknownChoicesLast()
    {
        var card = TriageCards.Ask(null, Language.Japanese);

        Assert.Null(card.Body.OfType<TextInput>().Single().Value);
        Assert.All(card.Body.OfType<ChoiceSetInput>(), set =>
        {
            Assert.Equal("Unknown", set.Value);
            Assert.Equal("Unknown", set.Choices[^1].Value);
            Assert.Equal("わからない", set.Choices[^1].Title);
        });
    }

    [Fact]
    public void Guidance_868_FlushesTheDnsCacheAndChecksTheServerName()
    {
        var text = Guidance("868", ConnectionType.Ikev2, NetworkKind.Home, Language.English);

        Assert.Contains("ipconfig /flushdns", text, StringComparison.Ordinal);
        Assert.Contains("Check the server name in your VPN connection", text, StringComparison.Ordinal);
        Assert.Contains(Codes.Find("868").Entry!.Meaning.En, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_809FromHome_SuggestsTheRouterAndAnotherNetwork()
    {
        var text = Guidance("809", ConnectionType.Ikev2, NetworkKind.Home, Language.English);

        Assert.Contains("Restart your home router", text, StringComparison.Ordinal);
        Assert.Contains("smartphone's hotspot", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConnectionType.Pptp, "PPTP is often blocked")]
    [InlineData(ConnectionType.L2tp, "L2TP/IPsec is often blocked")]
    public void Guidance_OldTunnelOnPublicWifi_SaysSuchNetworksBlockIt(ConnectionType connection, string expected)
    {
        var text = Guidance("809", connection, NetworkKind.PublicWifi, Language.English);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("sign-in or terms page", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_Sstp_SaysTcp443PassesMostNetworks()
    {
        var text = Guidance("809", ConnectionType.Sstp, NetworkKind.Mobile, Language.Japanese);

        Assert.Contains("TCP 443", text, StringComparison.Ordinal);
        Assert.Contains("ほとんどのネットワークを通過します", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x800B0109")]
    [InlineData("13801")]
    [InlineData("0x800B0101")]
    public void Guidance_CertificateCode_SendsToItAndWarnsAgainstBypassing(string code)
    {
        var text = Guidance(code, ConnectionType.Sstp, NetworkKind.Home, Language.English);

        Assert.Contains("contact IT with the error code", text, StringComparison.Ordinal);
        Assert.Contains("Never click through or bypass a certificate warning", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ipconfig /flushdns", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_NoCode_AsksForTheCodeAndTheVpnType()
    {
        var card = TriageCards.Guidance(new TriageAnswers(null, ConnectionType.Unknown, NetworkKind.Unknown), null, ServerState.Unknown, null, Language.English);

        var text = CardInspect.Text(card);
        Assert.Contains("note the error code Windows shows", text, StringComparison.Ordinal);
        Assert.Contains("Look up your connection's VPN type", text, StringComparison.Ordinal);
        Assert.Contains("no error code", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Last checked", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServerState.Healthy, "The VPN server is working", "good")]
    [InlineData(ServerState.Degraded, "The VPN server is working, with a warning", "warning")]
    [InlineData(ServerState.Down, "The VPN server has a problem", "attention")]
    [InlineData(ServerState.Unknown, "The VPN server's state is not known right now", "emphasis")]
    public void Guidance_EachServerState_IsSaidInPlainWordsInItsColour(ServerState state, string title, string style)
    {
        var checkedAt = state == ServerState.Unknown ? (DateTimeOffset?)null : CheckedAt;

        var card = TriageCards.Guidance(new TriageAnswers("809", ConnectionType.Ikev2, NetworkKind.Home), Codes.Find("809").Entry, state, checkedAt, Language.English);

        var band = CardInspect.OfType(card, "Container").First(c => c.GetProperty("items")[0].String("text") == title);
        Assert.Equal(style, band.String("style"));
        Assert.Equal(state != ServerState.Unknown, CardInspect.Text(card).Contains("{{TIME(2026-11-26T00:41:12Z)}}", StringComparison.Ordinal));
    }

    [Fact]
    public void Guidance_ServerDown_SaysTheStepsAreForAfterTheFix()
    {
        var card = TriageCards.Guidance(new TriageAnswers("809", ConnectionType.Ikev2, NetworkKind.Home), Codes.Find("809").Entry, ServerState.Down, CheckedAt, Language.English);

        Assert.Contains("If it still fails once the server is back", CardInspect.Strings(card));
    }

    [Fact]
    public void CodeFamilies_EveryCodeOfTheKnowledgeBase_HasTailoredAdvice()
    {
        Assert.All(Codes.All, entry => Assert.NotEqual(CodeFamily.Unclassified, CodeFamilies.Of(entry.Code)));
    }

    private static string Guidance(string code, ConnectionType connection, NetworkKind network, Language language)
    {
        var entry = Codes.Find(code).Entry!;
        return CardInspect.Text(TriageCards.Guidance(new TriageAnswers(entry.Code, connection, network), entry, ServerState.Healthy, CheckedAt, language));
    }
}
