using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Storage;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary><c>/vpn audit</c>: the newest entries of the audit log (agents, remediations), for IT.</summary>
public sealed class AuditCommand(IRemediationStore store) : ICommandHandler
{
    public const int Shown = 25;

    public string Name => "audit";

    public bool ItOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entries = await store.RecentAuditAsync(Shown, cancellationToken).ConfigureAwait(false);
        await context.Replies.SendAsync(AuditCards.Recent(entries, context.Language), cancellationToken).ConfigureAwait(false);
    }
}
