using VpnBot.Bot.Conversations;

namespace VpnBot.Bot.Storage;

/// <summary>Conversation references, captured from install events and first messages, for proactive messages.</summary>
public interface IConversationStore
{
    /// <summary>Inserts or replaces the record with the same <see cref="ConversationRecord.Key"/>.</summary>
    Task SaveConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken);

    Task<ConversationRecord?> FindConversationAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets a conversation (the bot was removed or the user blocked it). Unknown keys are ignored.</summary>
    Task DeleteConversationAsync(string key, CancellationToken cancellationToken);

    Task<int> CountConversationsAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A stored conversation. <see cref="Reference"/> is the chat platform's own serialized reference (opaque
/// here): only the edge that wrote it reads it back.
/// </summary>
public sealed record ConversationRecord(
    string Key,
    ConversationKind Kind,
    string? TenantId,
    string? UserAadObjectId,
    string Reference,
    DateTimeOffset UpdatedAt);
