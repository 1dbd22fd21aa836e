using System.Text.Json.Nodes;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Host.LocalChat.Connector;

/// <summary>
/// The part of the Bot Connector REST API (v3) that the Bot Framework's <c>ConnectorClient</c> calls for a bot
/// that replies, updates and deletes its messages and looks up who it talks to. The bot finds it through the
/// <c>serviceUrl</c> of the activities the page sends, exactly as it finds Teams' connector. Route values arrive
/// unescaped: conversation ids keep their <c>:</c>, <c>@</c> and <c>;messageid=</c>.
/// </summary>
internal static class ConnectorEndpoints
{
    /// <summary>Where the connector lives under the host; the serviceUrl of every local activity.</summary>
    public const string BasePath = "/local/connector/";

    public static void MapLocalConnector(this IEndpointRouteBuilder local)
    {
        var v3 = local.MapGroup("/connector/v3");
        v3.MapPost("/conversations/{conversationId}/activities", Send);
        v3.MapPost("/conversations/{conversationId}/activities/{activityId}", Send);
        v3.MapPut("/conversations/{conversationId}/activities/{activityId}", Update);
        v3.MapDelete("/conversations/{conversationId}/activities/{activityId}", Delete);
        v3.MapGet("/conversations/{conversationId}/members", () => Results.Json(new JsonArray(LocalMembers.User())));
        v3.MapGet("/conversations/{conversationId}/activities/{activityId}/members", () => Results.Json(new JsonArray(LocalMembers.User())));
        v3.MapGet("/conversations/{conversationId}/pagedmembers", () => Results.Json(new JsonObject { ["members"] = new JsonArray(LocalMembers.User()) }));
        v3.MapGet("/conversations/{conversationId}/members/{memberId}", Member);
        v3.MapGet("/teams/{teamId}", Team);
    }

    // Sending to a conversation and replying to an activity differ only in the URL: the reply's thread is in
    // the activity's replyToId and the conversation id, and both are kept as the bot sent them.
    private static IResult Send(string conversationId, JsonObject activity, TranscriptStore store, TimeProvider time)
    {
        var id = store.NewActivityId();
        activity["id"] = id;
        activity["timestamp"] ??= time.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture);
        if (IsShown(activity))
        {
            store.Add(new StoredActivity(id, conversationId, activity.ToJsonString()));
        }

        return Results.Json(new JsonObject { ["id"] = id }, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Update(string conversationId, string activityId, JsonObject activity, TranscriptStore store)
    {
        var original = store.Find(conversationId, activityId);
        if (original is null)
        {
            return NotFound($"No activity {activityId} in this conversation.");
        }

        // Teams keeps a message's place and time when it is edited; only the content changes.
        activity["id"] = activityId;
        activity["timestamp"] ??= JsonNode.Parse(original.Json)?["timestamp"]?.DeepClone();
        store.Update(conversationId, activityId, activity.ToJsonString());
        return Results.Json(new JsonObject { ["id"] = activityId });
    }

    private static IResult Delete(string conversationId, string activityId, TranscriptStore store) =>
        store.Delete(conversationId, activityId) ? Results.Ok() : NotFound($"No activity {activityId} in this conversation.");

    private static IResult Member(string memberId) =>
        string.Equals(memberId, LocalChatIdentity.UserId, StringComparison.Ordinal)
        || string.Equals(memberId, LocalChatIdentity.UserAadObjectId, StringComparison.OrdinalIgnoreCase)
            ? Results.Json(LocalMembers.User())
            : NotFound("The member was not found.");

    private static IResult Team(string teamId) =>
        string.Equals(teamId, LocalChatIdentity.ItTeamId, StringComparison.Ordinal)
            ? Results.Json(LocalMembers.ItTeam())
            : NotFound("The team was not found.");

    // Typing indicators and other signals are not part of a transcript.
    private static bool IsShown(JsonObject activity) =>
        (string?)activity["type"] is null or "message";

    // The Bot Connector's ErrorResponse shape, which ConnectorClient turns into an ErrorResponseException.
    private static IResult NotFound(string message) => Results.Json(
        new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = message } },
        statusCode: StatusCodes.Status404NotFound);
}
