using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace VpnBot.Host.Teams;

/// <summary>
/// Keeps the conversation reference of every conversation the bot hears from (install events, first
/// messages, button presses), so cards can be updated and messages sent outside a turn; forgets it when the
/// app is uninstalled.
/// </summary>
internal sealed class ConversationCaptureMiddleware(ConversationReferences references) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
        {
            await references.ForgetAsync(activity.Conversation.Id, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
