using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Cards;
using VpnBot.Bot.Remediation;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary>The approve and refuse buttons of an approval card; only IT may press them, and not the requester to approve.</summary>
public sealed class RemediationDecisionCommand(RemediationDesk desk, bool approve) : ICommandHandler
{
    public string Name => approve ? Verbs.Approve : Verbs.Refuse;

    public bool ItOnly => true;

    public static RemediationDecisionCommand Approve(RemediationDesk desk) => new(desk, approve: true);

    public static RemediationDecisionCommand Refuse(RemediationDesk desk) => new(desk, approve: false);

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = context.Turn.Action?.Data.GetValueOrDefault(Verbs.RequestKey);
        if (id is not { Length: 32 } || !id.All(char.IsAsciiHexDigitLower))
        {
            await context.Replies.SendAsync(Cards.Views.RemediationCards.Unknown(context.Language), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (card, approved) = await desk.DecideAsync(id, approve, context.Turn, context.Language, cancellationToken).ConfigureAwait(false);
        var shown = await context.Replies.SendAsync(card, cancellationToken).ConfigureAwait(false);
        if (approved is not null && RemediationActions.TryParse(approved.Action, out var action))
        {
            desk.Enqueue(new RemediationJob(approved, action, shown, RemediationDesk.Actor(context.Turn.From), context.Language));
        }
    }
}
