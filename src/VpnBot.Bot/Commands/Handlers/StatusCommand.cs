using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Bot.Commands.Handlers;

/// <summary><c>/vpn status</c>: the last known state of every configured endpoint.</summary>
public sealed class StatusCommand(EndpointCatalog endpoints, ICheckHistoryStore history, TimeProvider time) : ICommandHandler
{
    public string Name => "status";

    public bool ItOnly => false;

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var latest = await history.LatestChecksAsync(cancellationToken).ConfigureAwait(false);
        var rows = endpoints.All.Select(endpoint =>
        {
            var last = latest.FirstOrDefault(r => string.Equals(r.Endpoint, endpoint.Name, StringComparison.OrdinalIgnoreCase));
            return new EndpointStatus(endpoint.Name, endpoint.Fqdn, last?.Status, last?.StartedAt, last?.DurationMs, last?.TopCauseTitle);
        }).ToList();
        await context.Replies.SendAsync(StatusCards.Status(rows, context.Audience, time.GetUtcNow(), context.Language), cancellationToken).ConfigureAwait(false);
    }
}
