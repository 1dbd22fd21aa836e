namespace VpnBot.Bot.Conversations;

/// <summary>
/// One thing a person did in chat, as the bot needs it: a message (text, mention already stripped) or a
/// press of a card button (<see cref="Action"/>). The chat platform's edge builds it from its own activity.
/// </summary>
public sealed record ChatTurn
{
    /// <summary>The message text with the bot mention removed and whitespace trimmed; empty for a button press.</summary>
    public required string Text { get; init; }

    public required ChatUser From { get; init; }

    public required ChatConversation Conversation { get; init; }

    /// <summary>The client's locale (<c>ja-JP</c>, <c>en-US</c>), when it sent one.</summary>
    public string? Locale { get; init; }

    /// <summary>Set when the turn is a card button press rather than a message.</summary>
    public CardActionInvoke? Action { get; init; }
}

public sealed record ChatUser(string Id, string? AadObjectId, string? Name);

/// <summary>Where the turn happened; <see cref="Key"/> identifies it for storage and proactive messages.</summary>
public sealed record ChatConversation(string Id, ConversationKind Kind, string? TenantId, string? TeamId, string? ChannelId)
{
    /// <summary>The conversation id; in a channel it includes the thread (<c>;messageid=</c>), so replies stay in it.</summary>
    public string Key => Id;
}

public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>An <c>Action.Execute</c> press: the verb and the data of the button, merged with the card's inputs.</summary>
public sealed record CardActionInvoke(string Verb, IReadOnlyDictionary<string, string> Data, string? CardActivityId);
