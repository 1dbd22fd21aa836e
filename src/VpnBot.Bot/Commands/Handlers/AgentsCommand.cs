using VpnBot.Bot.Agents;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Localization;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary>
/// <c>/vpn agents</c> lists the agents and their health; <c>/vpn agents add &lt;site&gt; [name]</c> creates one and
/// shows its one-time enrolment token; <c>/vpn agents revoke &lt;name&gt;</c> cuts one off at once. IT only.
/// </summary>
public sealed class AgentsCommand(AgentAdministration agents, TimeProvider time) : ICommandHandler
{
    public string Name => "agents";

    public bool ItOnly => true;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var who = Remediation.RemediationDesk.Actor(context.Turn.From);
        switch (words)
        {
            case []:
            case ["list"]:
                var rows = await agents.ListAsync(cancellationToken).ConfigureAwait(false);
                await context.Replies.SendAsync(AgentCards.List(rows, time.GetUtcNow(), context.Language), cancellationToken).ConfigureAwait(false);
                return;

            case ["add", var site, .. var rest] when rest.Length <= 1:
                if (!await ValidAsync(context, "site", site, cancellationToken).ConfigureAwait(false)
                    || (rest.Length == 1 && !await ValidAsync(context, "name", rest[0], cancellationToken).ConfigureAwait(false)))
                {
                    return;
                }

                var added = await agents.AddAsync(site, rest.Length == 1 ? rest[0] : null, who, cancellationToken).ConfigureAwait(false);
                var card = added.NameTaken
                    ? AgentCards.NameTaken(SiteNames.Normalize(rest.Length == 1 ? rest[0] : site), context.Language)
                    : AgentCards.Added(added.Agent!, added.Token!, context.Language);
                await context.Replies.SendAsync(card, cancellationToken).ConfigureAwait(false);
                return;

            case ["revoke", var name]:
                if (!await ValidAsync(context, "name", name, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                var revoked = await agents.RevokeAsync(name, who, cancellationToken).ConfigureAwait(false);
                await context.Replies.SendAsync(
                    revoked ? AgentCards.Revoked(SiteNames.Normalize(name), context.Language) : AgentCards.NotFound(SiteNames.Normalize(name), context.Language),
                    cancellationToken).ConfigureAwait(false);
                return;

            default:
                await context.Replies.SendAsync(AgentCards.Usage(context.Language), cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    private static async Task<bool> ValidAsync(CommandContext context, string argument, string value, CancellationToken cancellationToken)
    {
        if (SiteNames.IsValid(value))
        {
            return true;
        }

        await BadInput.RefuseAsync(context, argument, value, LocalizedText.Format(BotText.ResourceManager, nameof(BotText.SiteExpected)), cancellationToken).ConfigureAwait(false);
        return false;
    }
}
