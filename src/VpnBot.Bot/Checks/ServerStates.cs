using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Bot.Checks;

/// <summary>
/// The server side as an employee is told it: the worst state among endpoints checked recently. Older runs
/// say nothing about now, so they count as unknown.
/// </summary>
public sealed class ServerStates(ICheckHistoryStore history, TimeProvider time)
{
    /// <summary>How old a run may be and still describe the server now.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(15);

    public async Task<(ServerState State, DateTimeOffset? CheckedAt)> CurrentAsync(CancellationToken cancellationToken)
    {
        var latest = await history.LatestChecksAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var fresh = latest.Where(r => now - r.StartedAt <= Freshness).ToList();
        if (fresh.Count == 0)
        {
            return (ServerState.Unknown, null);
        }

        var worst = fresh.Select(r => Of(r.Status)).Max();
        return (worst, fresh.Max(r => r.StartedAt));
    }

    public static ServerState Of(ReportStatus status) => status switch
    {
        ReportStatus.Ok => ServerState.Healthy,
        ReportStatus.Warning => ServerState.Degraded,
        ReportStatus.Critical => ServerState.Down,
        _ => ServerState.Unknown,
    };
}
