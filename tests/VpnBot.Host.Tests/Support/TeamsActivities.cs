using System.Text.Json.Nodes;

namespace VpnBot.Host.Tests.Support;

/// <summary>
/// Activities shaped as Teams sends them (field for field from captured Teams traffic: ids, channelData with
/// tenant/team/channel, mention entities, clientInfo), pointed at the connector stand-in.
/// </summary>
public static class TeamsActivities
{
    public const string BotId = "28:0b9e5c7a-0000-4000-8000-00000000b075";
    public const string ChannelConversation = "19:it-general@thread.tacv2;messageid=1764140000000";
    public const string ChannelId = "19:it-general@thread.tacv2";

    private static int _sequence;

    public static JsonObject PersonalMessage(Uri serviceUrl, string text, string aadObjectId, string locale = "en-US", string tenant = HostUnderTest.Tenant) =>
        Message(serviceUrl, text, locale, aadObjectId, Personal(aadObjectId, tenant), channelData: Tenant(tenant), mention: false);

    public static JsonObject ChannelMessage(Uri serviceUrl, string text, string aadObjectId, string teamId = HostUnderTest.ItTeam, string locale = "en-US") =>
        Message(
            serviceUrl,
            $"<at>VpnBot</at> {text}",
            locale,
            aadObjectId,
            new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = HostUnderTest.Tenant, ["id"] = ChannelConversation },
            new JsonObject
            {
                ["teamsChannelId"] = ChannelId,
                ["teamsTeamId"] = teamId,
                ["channel"] = new JsonObject { ["id"] = ChannelId },
                ["team"] = new JsonObject { ["id"] = teamId },
                ["tenant"] = new JsonObject { ["id"] = HostUnderTest.Tenant },
            },
            mention: true);

    /// <summary>An <c>Action.Execute</c> press on the card <paramref name="cardActivityId"/>.</summary>
    public static JsonObject CardAction(Uri serviceUrl, string verb, JsonObject data, string cardActivityId, string aadObjectId, JsonObject conversation, JsonObject? channelData = null, string locale = "en-US")
    {
        var activity = Base(serviceUrl, "invoke", locale, aadObjectId, conversation, channelData ?? Tenant(HostUnderTest.Tenant));
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>The bot was added to a personal chat (Teams sends this on install).</summary>
    public static JsonObject BotAddedToPersonalChat(Uri serviceUrl, string aadObjectId, string locale = "en-US")
    {
        var activity = Base(serviceUrl, "conversationUpdate", locale, aadObjectId, Personal(aadObjectId, HostUnderTest.Tenant), Tenant(HostUnderTest.Tenant));
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        return activity;
    }

    public static JsonObject InstallationUpdate(Uri serviceUrl, string action, string aadObjectId, string locale = "en-US")
    {
        var activity = Base(serviceUrl, "installationUpdate", locale, aadObjectId, Personal(aadObjectId, HostUnderTest.Tenant), Tenant(HostUnderTest.Tenant));
        activity["action"] = action;
        return activity;
    }

    public static JsonObject Personal(string aadObjectId, string tenant) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = tenant,
        ["id"] = $"a:1personal-{aadObjectId[..8]}",
    };

    public static JsonObject Tenant(string tenant) => new() { ["tenant"] = new JsonObject { ["id"] = tenant } };

    private static JsonObject Message(Uri serviceUrl, string text, string locale, string aadObjectId, JsonObject conversation, JsonObject channelData, bool mention)
    {
        var activity = Base(serviceUrl, "message", locale, aadObjectId, conversation, channelData);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        var entities = new JsonArray();
        if (mention)
        {
            entities.Add(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>VpnBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "VpnBot" },
            });
        }

        entities.Add(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["country"] = locale[^2..], ["platform"] = "Web", ["timezone"] = "Asia/Tokyo" });
        activity["entities"] = entities;
        return activity;
    }

    private static JsonObject Base(Uri serviceUrl, string type, string locale, string aadObjectId, JsonObject conversation, JsonObject channelData)
    {
        var id = $"1764140{Interlocked.Increment(ref _sequence):D6}";
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2026-11-26T08:00:00.000Z",
            ["localTimestamp"] = "2026-11-26T17:00:00.000+09:00",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:1user-{aadObjectId[..8]}", ["name"] = "Aiko Sato", ["aadObjectId"] = aadObjectId },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "VpnBot" },
            ["channelData"] = channelData,
            ["locale"] = locale,
        };
    }
}
