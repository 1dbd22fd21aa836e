using System.Text.Json.Nodes;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// A card the bot returned in its answer to an <c>adaptiveCard/action</c> invoke (Universal Actions): Teams
/// shows it in place of the card whose button was pressed, and so does the page.
/// </summary>
internal static class InvokeCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The replacement card, when the answer is <c>{statusCode: 200, type: card, value: card}</c>.</summary>
    public static JsonObject? Of(BotAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer is { Status: StatusCodes.Status200OK, Body: JsonObject body }
            && body["statusCode"] is JsonValue code && code.TryGetValue<int>(out var status) && status == StatusCodes.Status200OK
            && body["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == ContentType
            && body["value"] is JsonObject card
                ? card
                : null;
    }

    /// <summary>The stored card activity's JSON with its card swapped for <paramref name="card"/>.</summary>
    public static string Replace(StoredActivity activity, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(card);
        var updated = JsonNode.Parse(activity.Json)!.AsObject();
        updated["attachments"] = new JsonArray(new JsonObject { ["contentType"] = ContentType, ["content"] = card.DeepClone() });
        return updated.ToJsonString();
    }
}
