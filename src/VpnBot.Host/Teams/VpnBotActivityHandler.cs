using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Localization;

namespace VpnBot.Host.Teams;

/// <summary>
/// The Bot Framework's view of VpnBot: translates messages, card button presses and install events into
/// <see cref="ChatTurn"/>s for the <see cref="TurnProcessor"/>. Nothing here decides what to answer.
/// </summary>
internal sealed class VpnBotActivityHandler(TurnProcessor processor) : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        processor.ProcessAsync(ActivityMapper.ToTurn(turnContext), new TurnReplies(turnContext), cancellationToken);

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext,
        AdaptiveCardInvokeValue invokeValue,
        CancellationToken cancellationToken)
    {
        var replies = new InvokeReplies(turnContext);
        var turn = ActivityMapper.ToTurn(turnContext, ActivityMapper.ToAction(turnContext.Activity, invokeValue));
        await processor.ProcessAsync(turn, replies, cancellationToken).ConfigureAwait(false);
        var card = replies.Replacement ?? HelpCards.Fallback(Audience.Employee, LanguageResolver.FromLocale(turn.Locale));
        return new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = AdaptiveCard.ContentType,
            Value = CardAttachments.ToJson(card),
        };
    }

    // A welcome when the app is added to a personal chat; in teams and group chats the bot waits to be asked.
    // Teams also sends installationUpdate for the same install: only this one greets, so the user gets one welcome.
    // The base class calls OnMembersAddedAsync only for members other than the bot, so the bot's own
    // arrival is read here.
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Conversation?.ConversationType is null or "personal"
            && activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true)
        {
            var turn = ActivityMapper.ToTurn(turnContext) with { Text = "/vpn help" };
            await processor.ProcessAsync(turn, new TurnReplies(turnContext), cancellationToken).ConfigureAwait(false);
        }
    }
}
