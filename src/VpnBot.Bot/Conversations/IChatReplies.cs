using VpnBot.Bot.Cards.Model;

namespace VpnBot.Bot.Conversations;

/// <summary>
/// How a handler answers the turn it is handling. For a message, <see cref="SendAsync"/> posts a new card
/// (in a channel, into the thread). For a card button press, the first card sent replaces the pressed card
/// in place, as Universal Actions do; later ones are posted as new messages.
/// </summary>
public interface IChatReplies
{
    Task<CardMessage> SendAsync(AdaptiveCard card, CancellationToken cancellationToken);
}

/// <summary>A card the bot has posted, by conversation and activity id, so it can be updated later.</summary>
public sealed record CardMessage(string ConversationKey, string ActivityId);

/// <summary>Messages outside a turn: updating a card as a check progresses, posting to a stored conversation.</summary>
public interface IProactiveMessenger
{
    Task UpdateAsync(CardMessage message, AdaptiveCard card, CancellationToken cancellationToken);

    Task<CardMessage> SendAsync(string conversationKey, AdaptiveCard card, CancellationToken cancellationToken);
}
