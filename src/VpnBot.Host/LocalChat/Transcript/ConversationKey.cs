namespace VpnBot.Host.LocalChat.Transcript;

/// <summary>
/// The transcript a conversation id belongs to. Teams gives every channel thread its own conversation id
/// (<c>19:…@thread.tacv2;messageid=…</c>); the page shows a channel's threads in one transcript.
/// </summary>
internal static class ConversationKey
{
    private const string ThreadMarker = ";messageid=";

    public static string Of(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var thread = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    /// <summary>The id of the thread a new channel post starts, as Teams names it.</summary>
    public static string Thread(string channelId, string rootActivityId) => channelId + ThreadMarker + rootActivityId;
}
