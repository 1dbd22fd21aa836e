using System.Globalization;
using System.Text.Json.Nodes;

namespace VpnBot.Bench.Host;

/// <summary>One prepared activity: its id (the reply's replyToId) and the JSON body, built before the clock starts.</summary>
internal sealed record PreparedMessage(string ActivityId, byte[] Body);

/// <summary>What an employee writes, and in which client locale.</summary>
internal sealed record MessageText(string Text, string Locale);

/// <summary>
/// Personal-chat messages shaped as Teams sends them (ids, channelData with the tenant, a clientInfo entity),
/// one user and one personal conversation per user number, pointed at the connector stand-in.
/// </summary>
internal static class TeamsMessages
{
    public const string Tenant = "72f988bf-0000-4000-8000-0000000000b1";
    public const string BotId = "28:0b9e5c7a-0000-4000-8000-00000000b075";

    private static long _sequence = 1_764_140_000_000;

    public static PreparedMessage Personal(Uri serviceUrl, int user, MessageText message)
    {
        var aadObjectId = string.Create(CultureInfo.InvariantCulture, $"{user:x8}-0000-4000-8000-00000000be0c");
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-11-26T08:00:00.000Z",
            ["localTimestamp"] = "2026-11-26T17:00:00.000+09:00",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:1user-{aadObjectId}", ["name"] = "Aiko Sato", ["aadObjectId"] = aadObjectId },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = $"a:1personal-{aadObjectId}" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "VpnBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = message.Locale,
            ["text"] = message.Text,
            ["textFormat"] = "plain",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo",
                ["locale"] = message.Locale,
                ["country"] = message.Locale[^2..],
                ["platform"] = "Web",
                ["timezone"] = "Asia/Tokyo",
            }),
        };
        return new PreparedMessage(id, System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }
}
