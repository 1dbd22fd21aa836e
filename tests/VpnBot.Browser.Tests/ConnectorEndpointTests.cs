using System.Net;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using VpnBot.Browser.Tests.Support;
using VpnBot.Host.LocalChat;

namespace VpnBot.Browser.Tests;

/// <summary>
/// The local connector, called by the Bot Framework's own <see cref="ConnectorClient"/> — the client the bot
/// uses against Teams — with a channel thread id that needs escaping (<c>:</c>, <c>@</c>, <c>;</c>, <c>=</c>).
/// </summary>
public sealed class ConnectorEndpointTests : IAsyncLifetime
{
    private const string Thread = LocalChatIdentity.ItChannelId + ";messageid=1700000000001";

    private LocalChatServer _server = null!;
    private ConnectorClient _connector = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        _connector = new ConnectorClient(new Uri(_server.Address, "local/connector/"), MicrosoftAppCredentials.Empty);
    }

    public async ValueTask DisposeAsync()
    {
        _connector.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversation_ChannelThread_StoresTheActivityUnderItsChannelWithANewId()
    {
        var response = await _connector.Conversations.SendToConversationAsync(Message("hello"), TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(response.Id));
        var stored = _server.Store.Find(LocalChatIdentity.ItChannelId, response.Id);
        Assert.NotNull(stored);
        Assert.Equal(Thread, stored.ConversationId);
        Assert.Contains("\"text\":\"hello\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToActivity_ChannelThread_StoresTheReplyWithItsReplyToId()
    {
        var reply = Message("reply");
        reply.ReplyToId = "1700000000001";

        var response = await _connector.Conversations.ReplyToActivityAsync(reply, TestContext.Current.CancellationToken);

        var stored = _server.Store.Find(Thread, response.Id);
        Assert.NotNull(stored);
        Assert.Contains("\"replyToId\":\"1700000000001\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateActivity_KnownActivity_ReplacesItInPlaceKeepingItsIdAndTime()
    {
        var first = await _connector.Conversations.SendToConversationAsync(Message("first"), TestContext.Current.CancellationToken);
        var second = await _connector.Conversations.SendToConversationAsync(Message("second"), TestContext.Current.CancellationToken);
        var before = _server.Store.Find(Thread, first.Id)!;
        var update = Message("first, updated");
        update.Id = first.Id;

        var response = await _connector.Conversations.UpdateActivityAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal(first.Id, response.Id);
        using var watch = _server.Store.Watch(Thread);
        Assert.Equal([first.Id, second.Id], watch.Backlog.Select(a => a.Id));
        var after = watch.Backlog[0];
        Assert.Contains("first, updated", after.Json, StringComparison.Ordinal);
        Assert.Equal(TimestampOf(before.Json), TimestampOf(after.Json));
    }

    [Fact]
    public async Task UpdateActivity_UnknownActivity_FailsWithNotFound()
    {
        var update = Message("nothing to update");
        update.Id = "42";

        var failure = await Assert.ThrowsAsync<ErrorResponseException>(
            () => _connector.Conversations.UpdateActivityAsync(update, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, failure.Response.StatusCode);
        Assert.Equal("NotFound", failure.Body.Error.Code);
    }

    [Fact]
    public async Task DeleteActivity_KnownActivity_RemovesIt()
    {
        var sent = await _connector.Conversations.SendToConversationAsync(Message("to delete"), TestContext.Current.CancellationToken);

        await _connector.Conversations.DeleteActivityAsync(Thread, sent.Id, TestContext.Current.CancellationToken);

        Assert.Null(_server.Store.Find(Thread, sent.Id));
    }

    [Fact]
    public async Task SendToConversation_TypingIndicator_IsAcknowledgedButNotKept()
    {
        var typing = Message(null);
        typing.Type = ActivityTypes.Typing;

        var response = await _connector.Conversations.SendToConversationAsync(typing, TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(response.Id));
        Assert.Null(_server.Store.Find(Thread, response.Id));
    }

    [Fact]
    public async Task GetConversationMembers_AnyConversation_ReturnsTheLocalUser()
    {
        var members = await _connector.Conversations.GetConversationMembersAsync(Thread, TestContext.Current.CancellationToken);

        var user = Assert.Single(members);
        Assert.Equal(LocalChatIdentity.UserId, user.Id);
        Assert.Equal(LocalChatIdentity.UserAadObjectId, user.AadObjectId);
    }

    [Fact]
    public async Task GetConversationMember_LocalUser_ReturnsThemAndOthersAreNotFound()
    {
        var user = await ((Conversations)_connector.Conversations).GetConversationMemberAsync(LocalChatIdentity.UserId, LocalChatIdentity.PersonalConversationId, TestContext.Current.CancellationToken);
        var stranger = await Assert.ThrowsAsync<ErrorResponseException>(
            () => ((Conversations)_connector.Conversations).GetConversationMemberAsync("29:someone-else", LocalChatIdentity.PersonalConversationId, TestContext.Current.CancellationToken));

        Assert.Equal(LocalChatIdentity.UserName, user.Name);
        Assert.Equal(HttpStatusCode.NotFound, stranger.Response.StatusCode);
    }

    private static Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount(LocalChatIdentity.BotId, LocalChatIdentity.BotName),
        Recipient = new ChannelAccount(LocalChatIdentity.UserId, LocalChatIdentity.UserName),
        Conversation = new ConversationAccount(isGroup: true, conversationType: "channel", id: Thread),
        ChannelId = "msteams",
    };

    private static string? TimestampOf(string json) => (string?)System.Text.Json.Nodes.JsonNode.Parse(json)?["timestamp"];
}
