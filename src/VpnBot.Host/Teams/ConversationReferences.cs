using System.Collections.Concurrent;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;

namespace VpnBot.Host.Teams;

/// <summary>
/// Conversation references by conversation id: kept in memory for the card updates of running checks and in
/// the store for proactive messages after a restart. A reference is written only when it is new or changed,
/// so a burst of messages from known conversations costs no writes.
/// </summary>
internal sealed class ConversationReferences(IConversationStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (ConversationReference Reference, string Json)> _known = new(StringComparer.Ordinal);

    public async Task RememberAsync(IActivity activity, CancellationToken cancellationToken)
    {
        var reference = activity.GetConversationReference();
        if (string.IsNullOrEmpty(reference.Conversation?.Id) || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            return;
        }

        // The activity id is per message, not per conversation: leaving it out keeps the stored form stable.
        reference.ActivityId = null;
        var json = JsonConvert.SerializeObject(reference);
        var key = reference.Conversation.Id;
        if (_known.TryGetValue(key, out var known) && known.Json == json)
        {
            return;
        }

        _known[key] = (reference, json);
        var conversation = ActivityMapper.ToConversation(activity);
        await store.SaveConversationAsync(
            new ConversationRecord(key, conversation.Kind, conversation.TenantId, activity.From?.AadObjectId, json, time.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(string conversationId, CancellationToken cancellationToken)
    {
        _known.TryRemove(conversationId, out _);
        await store.DeleteConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(conversationId, out var known))
        {
            return known.Reference;
        }

        var record = await store.FindConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var reference = JsonConvert.DeserializeObject<ConversationReference>(record.Reference);
        if (reference is not null)
        {
            _known.TryAdd(conversationId, (reference, record.Reference));
        }

        return reference;
    }
}
