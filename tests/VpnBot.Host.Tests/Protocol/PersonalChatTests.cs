using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary>An employee writing to the bot in personal chat, in English and Japanese.</summary>
public sealed class PersonalChatTests : HostTestBase
{
    [Fact]
    public async Task TroubleReport_InEnglish_GetsTriageCardAskingErrorConnectionAndNetwork()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "VPN won't connect", HostUnderTest.Employee));

        var card = reply.Card!;
        Assert.Equal("en", (string?)card["lang"]);
        var json = card.ToJsonString();
        Assert.Contains("\"Input.ChoiceSet\"", json, StringComparison.Ordinal);
        Assert.Contains("triage.submit", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TroubleReport_InJapaneseWithCode_GetsJapaneseTriageCardWithCodePrefilled()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "VPNにつながらない エラー868", HostUnderTest.Employee, locale: "ja-JP"));

        var card = reply.Card!;
        Assert.Equal("ja", (string?)card["lang"]);
        Assert.Contains("\"value\":\"868\"", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageAnswers_FromEmployee_GiveGuidanceWithoutInternalNames()
    {
        var message = TeamsActivities.PersonalMessage(Connector.ServiceUrl, "can't connect to VPN from home", HostUnderTest.Employee);
        var ask = await ReplyToAsync(message);
        var press = TeamsActivities.CardAction(
            Connector.ServiceUrl,
            "triage.submit",
            new() { ["code"] = "809", ["connection"] = "L2tp", ["network"] = "Home" },
            ask.ResultId,
            HostUnderTest.Employee,
            message["conversation"]!.AsObject().DeepClone().AsObject());

        var response = await PostAsync(press);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var text = CardTexts.Of(body["value"]!);
        Assert.Contains("809", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vpn.example.test", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ike.v2", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorCodeInFreeText_GetsKnowledgeBaseCard()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "what does 0x800B0109 mean", HostUnderTest.ItAdmin));

        Assert.Contains("0x800B0109", reply.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckCommand_FromEmployee_IsRefusedPolitelyAndRunsNothing()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn check tokyo", HostUnderTest.Employee));

        Assert.DoesNotContain("vpn.example.test", reply.CardText(), StringComparison.Ordinal);
        await Task.Delay(300, Cancel);
        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
    }

    [Fact]
    public async Task LangCommand_OverridesLocaleForLaterReplies()
    {
        await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn lang ja", HostUnderTest.Employee));

        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "/vpn help", HostUnderTest.Employee, locale: "en-US"));

        Assert.Equal("ja", (string?)reply.Card!["lang"]);
    }

    [Fact]
    public async Task UnknownText_GetsShortHelpNotSilence()
    {
        var reply = await ReplyToAsync(TeamsActivities.PersonalMessage(Connector.ServiceUrl, "hello there", HostUnderTest.Employee));

        Assert.NotNull(reply.Card);
        Assert.Contains("/vpn", reply.CardText(), StringComparison.Ordinal);
    }
}
