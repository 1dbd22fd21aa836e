namespace VpnBot.Host.LocalChat.Transcript;

/// <summary>
/// An activity as the page shows it: its id, the conversation id it was posted to (a channel thread keeps its
/// <c>;messageid=</c>, so a card button answers in the right thread) and its JSON, serialized once so that
/// every reader gets the same immutable text.
/// </summary>
internal sealed record StoredActivity(string Id, string ConversationId, string Json);
