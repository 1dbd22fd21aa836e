using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Storage;

/// <summary>Every completed check run, for <c>/vpn status</c> and for telling employees the server's state.</summary>
public interface ICheckHistoryStore
{
    /// <summary>
    /// Appends a run (its <see cref="CheckRecord.Id"/> is ignored) and returns its id. The oldest runs of the
    /// endpoint beyond the configured number kept are removed.
    /// </summary>
    Task<long> AddCheckAsync(CheckRecord check, CancellationToken cancellationToken);

    /// <summary>The newest run of each endpoint that has one, ordered by endpoint name (ordinal).</summary>
    Task<IReadOnlyList<CheckRecord>> LatestChecksAsync(CancellationToken cancellationToken);

    /// <summary>The newest runs (at most <paramref name="limit"/>) of the endpoint with exactly this name, newest first.</summary>
    Task<IReadOnlyList<CheckRecord>> RecentChecksAsync(string endpoint, int limit, CancellationToken cancellationToken);
}

/// <summary>One completed run: what the status card and the employee view need, plus the full JSON report.</summary>
public sealed record CheckRecord
{
    public long Id { get; init; }

    /// <summary>The configured endpoint name (<c>tokyo</c>).</summary>
    public required string Endpoint { get; init; }

    public required string Fqdn { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMs { get; init; }

    public required ReportStatus Status { get; init; }

    /// <summary>Findings per status.</summary>
    public required FindingCounts Counts { get; init; }

    /// <summary>The top-ranked cause, when the diagnosis found one.</summary>
    public string? TopCauseId { get; init; }

    public LocalizedText? TopCauseTitle { get; init; }

    /// <summary>Who asked (the chat user id), or null for a scheduled run.</summary>
    public string? RequestedBy { get; init; }

    /// <summary>The report as <c>vpnbot check --json</c> prints it (English).</summary>
    public required string ReportJson { get; init; }
}

public sealed record FindingCounts(int Pass, int Warn, int Fail, int Skip, int Error)
{
    public static FindingCounts Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        int pass = 0, warn = 0, fail = 0, skip = 0, error = 0;
        foreach (var finding in findings)
        {
            switch (finding.Status)
            {
                case CheckStatus.Pass: pass++; break;
                case CheckStatus.Warn: warn++; break;
                case CheckStatus.Fail: fail++; break;
                case CheckStatus.Skip: skip++; break;
                default: error++; break;
            }
        }

        return new FindingCounts(pass, warn, fail, skip, error);
    }
}
