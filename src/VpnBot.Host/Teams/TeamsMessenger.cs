using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Conversations;

namespace VpnBot.Host.Teams;

/// <summary>
/// Messages outside a turn, through the stored conversation reference: the Bot Framework's proactive path
/// (<c>ContinueConversationAsync</c>), which Teams requires for updating a card after the turn has ended.
/// </summary>
internal sealed class TeamsMessenger(CloudAdapter adapter, ConversationReferences references, IConfiguration configuration) : IProactiveMessenger
{
    private readonly string? _appId = configuration["MicrosoftAppId"];

    public async Task UpdateAsync(CardMessage message, AdaptiveCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reference = await FindAsync(message.ConversationKey, cancellationToken).ConfigureAwait(false);
        await adapter.ContinueConversationAsync(
            _appId,
            reference,
            async (context, ct) =>
            {
                var update = CardAttachments.ToMessage(card);
                update.Id = message.ActivityId;
                await context.UpdateActivityAsync(update, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<CardMessage> SendAsync(string conversationKey, AdaptiveCard card, CancellationToken cancellationToken)
    {
        var reference = await FindAsync(conversationKey, cancellationToken).ConfigureAwait(false);
        string? id = null;
        await adapter.ContinueConversationAsync(
            _appId,
            reference,
            async (context, ct) => id = (await context.SendActivityAsync(CardAttachments.ToMessage(card), ct).ConfigureAwait(false))?.Id,
            cancellationToken).ConfigureAwait(false);
        return new CardMessage(conversationKey, id ?? string.Empty);
    }

    private async Task<ConversationReference> FindAsync(string conversationKey, CancellationToken cancellationToken) =>
        await references.FindAsync(conversationKey, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"No conversation reference is stored for conversation {conversationKey}.");
}
