using System.Text.Json.Nodes;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Host.Tests.Protocol;

/// <summary><c>/vpn check</c> in an IT channel: the checking card in the thread, updated in place to the result.</summary>
public sealed class ChannelCheckTests : HostTestBase
{
    [Fact]
    public async Task CheckInChannel_WithMention_RepliesInThreadThenUpdatesSameCardToResult()
    {
        var message = TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check tokyo", "f0000000-0000-4000-8000-000000000001");

        var first = await ReplyToAsync(message);

        Assert.Equal(TeamsActivities.ChannelConversation, first.ConversationId);
        Assert.Equal((string)message["id"]!, first.ActivityId);
        Assert.Contains("tokyo", first.CardText(), StringComparison.Ordinal);
        var final = await WaitAsync(c => c.Method == "PUT" && c.ActivityId == first.ResultId && IsResult(c));
        Assert.Contains("vpn.example.test", final.CardText(), StringComparison.Ordinal);
        Assert.Contains("check.run", final.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckInJapaneseChannel_GivesJapaneseCards()
    {
        var first = await ReplyToAsync(TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check tokyo", "f0000000-0000-4000-8000-000000000002", locale: "ja-JP"));

        Assert.Equal("ja", (string?)first.Card!["lang"]);
        var final = await WaitAsync(c => c.Method == "PUT" && c.ActivityId == first.ResultId && IsResult(c));
        Assert.Equal("ja", (string?)final.Card!["lang"]);
    }

    [Fact]
    public async Task RerunButton_ReplacesCardWithCheckingCardThenUpdatesIt()
    {
        var message = TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check tokyo", "f0000000-0000-4000-8000-000000000003");
        var first = await ReplyToAsync(message);
        await WaitAsync(c => c.Method == "PUT" && c.ActivityId == first.ResultId && IsResult(c));
        var pressedAt = Connector.Calls.Count;

        var press = TeamsActivities.CardAction(
            Connector.ServiceUrl,
            "check.run",
            new JsonObject { ["endpoint"] = "tokyo" },
            first.ResultId,
            "f0000000-0000-4000-8000-000000000003",
            message["conversation"]!.DeepClone().AsObject(),
            message["channelData"]!.DeepClone().AsObject());
        var response = await PostAsync(press);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains("tokyo", CardTexts.Of(body["value"]!), StringComparison.Ordinal);
        Assert.False(IsResultCard(body["value"]!), "the pressed card is replaced by the checking card");
        await WaitAsync(c => c.Method == "PUT" && c.ActivityId == first.ResultId && IsResult(c) && Connector.Calls.ToList().IndexOf(c) >= pressedAt);
    }

    [Fact]
    public async Task CheckOfUnknownEndpoint_NamesTheConfiguredOnes()
    {
        var reply = await ReplyToAsync(TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check nagoya", "f0000000-0000-4000-8000-000000000004"));

        var text = reply.CardText();
        Assert.Contains("tokyo", text, StringComparison.Ordinal);
        Assert.Contains("osaka", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusAfterCheck_ShowsTheEndpointsLastState()
    {
        var first = await ReplyToAsync(TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check tokyo", "f0000000-0000-4000-8000-000000000005"));
        await WaitAsync(c => c.Method == "PUT" && c.ActivityId == first.ResultId && IsResult(c));
        await Task.Delay(200, Cancel);

        var status = await ReplyToAsync(TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn status", "f0000000-0000-4000-8000-000000000005"));

        Assert.Contains("tokyo", status.CardText(), StringComparison.Ordinal);
        Assert.Contains("osaka", status.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelOutsideItTeams_GetsEmployeeView()
    {
        var reply = await ReplyToAsync(TeamsActivities.ChannelMessage(Connector.ServiceUrl, "/vpn check tokyo", "f0000000-0000-4000-8000-000000000006", teamId: "19:sales@thread.tacv2"));

        Assert.DoesNotContain("vpn.example.test", reply.CardText(), StringComparison.Ordinal);
    }

    // The result card is the one with the re-run button; progress cards have none.
    private static bool IsResult(ConnectorCall call) => call.Card is { } card && IsResultCard(card);

    private static bool IsResultCard(JsonNode card) => card.ToJsonString().Contains("check.run", StringComparison.Ordinal);
}
