using System.Globalization;
using System.Text.Json.Nodes;
using VpnBot.Host.LocalChat.Connector;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// Builds the activities Teams would post to the bot for what the person did on the page: a message (in a
/// channel, with the <c>&lt;at&gt;</c> mention and its entity, as a new thread), a card button press (an
/// <c>adaptiveCard/action</c> invoke), and the bot being added to a conversation. Same JSON as Teams, so the
/// bot cannot tell the page from Teams.
/// </summary>
internal sealed class TeamsActivityFactory(TimeProvider time)
{
    private static readonly string Mention = $"<at>{LocalChatIdentity.BotName}</at>";

    /// <summary>A message. In a channel it starts a thread named after its own id, as a new Teams post does.</summary>
    public JsonObject Message(LocalConversation conversation, string id, string text, string locale, Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var conversationId = conversation.IsChannel ? Transcript.ConversationKey.Thread(conversation.Id, id) : conversation.Id;
        var activity = Common("message", id, conversation, conversationId, locale, serviceUrl);
        activity["textFormat"] = "plain";
        if (conversation.IsChannel)
        {
            // In a channel the bot only hears messages that mention it; Teams puts the mention in the text.
            activity["text"] = $"{Mention} {text}";
            ((JsonArray)activity["entities"]!).Insert(0, new JsonObject
            {
                ["type"] = "mention",
                ["text"] = Mention,
                ["mentioned"] = LocalMembers.Bot(),
            });
        }
        else
        {
            activity["text"] = text;
        }

        return activity;
    }

    /// <summary>An <c>Action.Execute</c> press on the card posted as <paramref name="cardActivityId"/> in <paramref name="cardConversationId"/>.</summary>
    public JsonObject CardAction(
        LocalConversation conversation, string id, string cardConversationId, string cardActivityId, CardActionRequest action, string locale, Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(action);
        var activity = Common("invoke", id, conversation, cardConversationId, locale, serviceUrl);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        var pressed = new JsonObject { ["type"] = "Action.Execute" };
        if (action.Id is { Length: > 0 })
        {
            pressed["id"] = action.Id;
        }

        if (action.Title is { Length: > 0 })
        {
            pressed["title"] = action.Title;
        }

        pressed["verb"] = action.Verb;
        pressed["data"] = action.Data?.DeepClone() ?? new JsonObject();
        activity["value"] = new JsonObject { ["action"] = pressed, ["trigger"] = "manual" };
        return activity;
    }

    /// <summary>
    /// The bot was added: to the IT team (in the page's channel, as when a team owner picks that channel while
    /// installing) or to the person's personal scope.
    /// </summary>
    public JsonObject Installed(LocalConversation conversation, string id, string locale, Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var activity = Common("conversationUpdate", id, conversation, conversation.Id, locale, serviceUrl);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = LocalChatIdentity.BotId });
        var channelData = (JsonObject)activity["channelData"]!;
        if (conversation.IsChannel)
        {
            channelData["eventType"] = "teamMemberAdded";
            channelData["settings"] = new JsonObject { ["selectedChannel"] = new JsonObject { ["id"] = conversation.Id } };
        }

        return activity;
    }

    private JsonObject Common(string type, string id, LocalConversation conversation, string conversationId, string locale, Uri serviceUrl)
    {
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, time.LocalTimeZone);
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = now.ToString("o", CultureInfo.InvariantCulture),
            ["localTimestamp"] = local.ToString("o", CultureInfo.InvariantCulture),
            ["localTimezone"] = time.LocalTimeZone.Id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.AbsoluteUri,
            ["from"] = LocalMembers.Sender(),
            ["recipient"] = LocalMembers.Bot(),
            ["conversation"] = ConversationAccount(conversation, conversationId),
            ["entities"] = new JsonArray(ClientInfo(locale)),
            ["channelData"] = ChannelData(conversation),
            ["locale"] = locale,
        };
        return activity;
    }

    private static JsonObject ConversationAccount(LocalConversation conversation, string conversationId)
    {
        var account = new JsonObject
        {
            ["conversationType"] = conversation.IsChannel ? "channel" : "personal",
            ["tenantId"] = LocalChatIdentity.TenantId,
            ["id"] = conversationId,
        };
        if (conversation.IsChannel)
        {
            account["isGroup"] = true;
        }

        return account;
    }

    private static JsonObject ChannelData(LocalConversation conversation)
    {
        var data = new JsonObject { ["tenant"] = new JsonObject { ["id"] = LocalChatIdentity.TenantId } };
        if (conversation.IsChannel)
        {
            data["teamsChannelId"] = conversation.Id;
            data["teamsTeamId"] = LocalChatIdentity.ItTeamId;
            data["channel"] = new JsonObject { ["id"] = conversation.Id, ["name"] = LocalChatIdentity.ItChannelName };
            data["team"] = new JsonObject
            {
                ["id"] = LocalChatIdentity.ItTeamId,
                ["name"] = LocalChatIdentity.ItTeamName,
                ["aadGroupId"] = LocalChatIdentity.ItTeamGroupId,
            };
        }

        return data;
    }

    // Teams describes the sending client in a clientInfo entity on every activity.
    private static JsonObject ClientInfo(string locale) => new()
    {
        ["type"] = "clientInfo",
        ["locale"] = locale,
        ["country"] = locale.Length > 3 ? locale[^2..] : "US",
        ["platform"] = "Web",
    };
}
