using Microsoft.Bot.Builder;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Conversations;

namespace VpnBot.Host.Teams;

/// <summary>Answers a message: each card is a new message in the conversation (in a channel, in the thread).</summary>
internal sealed class TurnReplies(ITurnContext context) : IChatReplies
{
    public async Task<CardMessage> SendAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        var response = await context.SendActivityAsync(CardAttachments.ToMessage(card), cancellationToken).ConfigureAwait(false);
        return new CardMessage(context.Activity.Conversation.Id, response?.Id ?? string.Empty);
    }
}

/// <summary>
/// Answers a card button press: the first card replaces the pressed card through the invoke response
/// (Universal Actions); any further card is a new message.
/// </summary>
internal sealed class InvokeReplies(ITurnContext context) : IChatReplies
{
    public AdaptiveCard? Replacement { get; private set; }

    public async Task<CardMessage> SendAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (Replacement is null && context.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            Replacement = card;
            return new CardMessage(context.Activity.Conversation.Id, cardId);
        }

        var response = await context.SendActivityAsync(CardAttachments.ToMessage(card), cancellationToken).ConfigureAwait(false);
        return new CardMessage(context.Activity.Conversation.Id, response?.Id ?? string.Empty);
    }
}
