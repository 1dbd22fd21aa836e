using System.Text.Json.Nodes;

namespace VpnBot.Host.LocalChat.Sending;

/// <summary>
/// A card button the person pressed: the card's activity id, the action's verb, id and title, and its data
/// with the card's inputs already merged in (the renderer gathers them before it reports the press).
/// </summary>
internal sealed record CardActionRequest(string ReplyToId, string Verb, JsonObject? Data, string? Id, string? Title);
