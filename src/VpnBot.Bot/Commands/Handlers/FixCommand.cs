using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Localization;
using VpnBot.Bot.Remediation;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary>
/// <c>/vpn fix &lt;action&gt; &lt;agent&gt;</c>: asks for one of the allow-listed remediations on an agent's server.
/// Anything that is not exactly an allowed action word gets the list of actions; nothing is ever run from text.
/// </summary>
public sealed class FixCommand(RemediationDesk desk) : ICommandHandler
{
    public string Name => "fix";

    public bool ItOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is not [var word, var agent] || !RemediationActions.TryParse(word.ToLowerInvariant(), out var action))
        {
            await context.Replies.SendAsync(RemediationCards.Usage(context.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!SiteNames.IsValid(agent))
        {
            await BadInput.RefuseAsync(context, "agent", agent, LocalizedText.Format(BotText.ResourceManager, nameof(BotText.SiteExpected)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (card, approved) = await desk.RequestAsync(action, SiteNames.Normalize(agent), context.Turn, context.Language, cancellationToken).ConfigureAwait(false);
        var sent = await context.Replies.SendAsync(card, cancellationToken).ConfigureAwait(false);
        if (approved is not null)
        {
            desk.Enqueue(new RemediationJob(approved, action, sent, RemediationDesk.Actor(context.Turn.From), context.Language));
        }
    }
}
