using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using VpnBot.Browser.Tests.Support;
using VpnBot.Host.LocalChat;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Browser.Tests;

/// <summary>
/// The page's messages and button presses through /local/send: the activity the bot receives must be what Teams
/// sends, and the bot's replies, updates and invoke answers must come back into the transcript.
/// </summary>
public sealed class SendEndpointTests : IAsyncLifetime
{
    private LocalChatServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Send_ChannelMessage_ReachesTheBotAsATeamsChannelPostMentioningIt()
    {
        var (status, answer) = await PageClient.SayAsync(_server.Http, "channel", "/vpn help", "ja-JP");

        Assert.Equal(200, status);
        Assert.Equal(200, (int)answer["status"]!);
        var received = Assert.Single(_server.Bot.Received);
        Assert.Equal(ActivityTypes.Message, received.Type);
        Assert.Equal("msteams", received.ChannelId);
        Assert.Equal("<at>VpnBot</at> /vpn help", received.Text);
        Assert.Equal("/vpn help", received.RemoveRecipientMention().Trim());
        Assert.Equal("ja-JP", received.Locale);
        Assert.Equal($"{LocalChatIdentity.ItChannelId};messageid={received.Id}", received.Conversation.Id);
        Assert.Equal("channel", received.Conversation.ConversationType);
        Assert.Equal(LocalChatIdentity.TenantId, received.Conversation.TenantId);
        Assert.Equal(new Uri(_server.Address, "local/connector/").AbsoluteUri, received.ServiceUrl);
        var channelData = received.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
        Assert.Equal(LocalChatIdentity.ItTeamId, channelData.Team.Id);
        Assert.Equal(LocalChatIdentity.ItChannelId, channelData.Channel.Id);
        Assert.Equal(LocalChatIdentity.TenantId, channelData.Tenant.Id);
        Assert.Equal(LocalChatIdentity.UserAadObjectId, received.From.AadObjectId);
    }

    [Fact]
    public async Task Send_PersonalMessage_ReachesTheBotWithoutMentionOrTeam()
    {
        await PageClient.SayAsync(_server.Http, "personal", "VPNにつながらない", "ja-JP");

        var received = Assert.Single(_server.Bot.Received);
        Assert.Equal("VPNにつながらない", received.Text);
        Assert.Equal(LocalChatIdentity.PersonalConversationId, received.Conversation.Id);
        Assert.Equal("personal", received.Conversation.ConversationType);
        Assert.Null(received.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>().Team);
        Assert.DoesNotContain(received.Entities ?? [], entity => entity.Type == "mention");
    }

    [Fact]
    public async Task Send_Message_TranscriptHasTheMessageThenTheBotsReplyInTheSameThread()
    {
        await PageClient.SayAsync(_server.Http, "channel", "hello");

        using var watch = _server.Store.Watch(LocalChatIdentity.ItChannelId);
        Assert.Equal(2, watch.Backlog.Count);
        var (own, reply) = (watch.Backlog[0], watch.Backlog[1]);
        Assert.Equal(own.ConversationId, reply.ConversationId);
        var replyJson = JsonNode.Parse(reply.Json)!;
        Assert.Equal("Received: **hello**", (string?)replyJson["text"]);
        Assert.Equal(own.Id, (string?)replyJson["replyToId"]);
        Assert.Equal(LocalChatIdentity.BotId, (string?)replyJson["from"]!["id"]);
    }

    [Fact]
    public async Task Send_CardCommand_TheCardIsUpdatedInPlace()
    {
        await PageClient.SayAsync(_server.Http, "channel", "card");

        using var watch = _server.Store.Watch(LocalChatIdentity.ItChannelId);
        Assert.Equal(2, watch.Backlog.Count);
        Assert.Contains("Step 2 of 2", watch.Backlog[1].Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 1 of 2", watch.Backlog[1].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_CardButton_BotGetsAnAdaptiveCardActionInvokeAndItsCardReplacesThePressedOne()
    {
        await PageClient.SayAsync(_server.Http, "channel", "card");
        var card = LastActivity(LocalChatIdentity.ItChannelId);

        var (status, answer) = await PageClient.PressAsync(
            _server.Http, "channel", card.Id, "press", new JsonObject { ["stage"] = "second", ["note"] = "from the page" });

        Assert.Equal(200, status);
        Assert.Equal(200, (int)answer["status"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["body"]!["type"]);
        var invoke = _server.Bot.Received.Last();
        Assert.Equal(ActivityTypes.Invoke, invoke.Type);
        Assert.Equal("adaptiveCard/action", invoke.Name);
        Assert.Equal(card.Id, invoke.ReplyToId);
        Assert.Equal(card.ConversationId, invoke.Conversation.Id);
        var value = Newtonsoft.Json.Linq.JObject.FromObject(invoke.Value);
        Assert.Equal("Action.Execute", (string?)value["action"]!["type"]);
        Assert.Equal("press", (string?)value["action"]!["verb"]);
        Assert.Equal("from the page", (string?)value["action"]!["data"]!["note"]);
        Assert.Equal("manual", (string?)value["trigger"]);
        var replaced = _server.Store.Find(LocalChatIdentity.ItChannelId, card.Id)!;
        Assert.Contains("Pressed press: from the page", replaced.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ButtonOfACardNoLongerKept_IsNotFound()
    {
        var (status, _) = await PageClient.PressAsync(_server.Http, "channel", "1", "press", []);

        Assert.Equal(404, status);
        Assert.Empty(_server.Bot.Received);
    }

    [Theory]
    [InlineData("""{"conversation":"elsewhere","text":"hi"}""")]
    [InlineData("""{"conversation":"channel","text":"   "}""")]
    [InlineData("""{"conversation":"channel"}""")]
    [InlineData("""{"conversation":"channel","text":""")]
    public async Task Send_BadRequest_Is400AndNothingReachesTheBot(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _server.Http.PostAsync("local/send", content, TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Empty(_server.Bot.Received);
    }

    [Fact]
    public async Task Send_TextLongerThanTeamsAllows_Is400()
    {
        var (status, _) = await PageClient.SayAsync(_server.Http, "personal", new string('x', 28_001));

        Assert.Equal(400, status);
    }

    [Fact]
    public async Task Open_FirstTime_TellsTheBotItWasAddedAndTheWelcomeArrives_SecondTimeNothing()
    {
        var first = await PageClient.OpenAsync(_server.Http, "personal");
        var second = await PageClient.OpenAsync(_server.Http, "personal");

        Assert.True((bool)first["installed"]!);
        Assert.Equal(200, (int)first["status"]!);
        Assert.False((bool)second["installed"]!);
        var update = Assert.Single(_server.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(LocalChatIdentity.BotId, Assert.Single(update.MembersAdded).Id);
        Assert.Contains("Welcome", LastActivity(LocalChatIdentity.PersonalConversationId).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_Channel_IsATeamInstallIntoThatChannel()
    {
        await PageClient.OpenAsync(_server.Http, "channel");

        var update = Assert.Single(_server.Bot.Received);
        var channelData = update.GetChannelData<Microsoft.Bot.Schema.Teams.TeamsChannelData>();
        Assert.Equal("teamMemberAdded", channelData.EventType);
        Assert.Equal(LocalChatIdentity.ItTeamId, channelData.Team.Id);
        Assert.Equal(LocalChatIdentity.ItChannelId, update.Conversation.Id);
    }

    private StoredActivity LastActivity(string conversationId)
    {
        using var watch = _server.Store.Watch(conversationId);
        return watch.Backlog[^1];
    }
}
