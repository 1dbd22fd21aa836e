namespace VpnBot.Bot.Storage;

/// <summary>Remediation requests through their life (pending → approved or refused → done or failed), and the audit log.</summary>
public interface IRemediationStore
{
    Task AddRemediationAsync(RemediationRecord remediation, CancellationToken cancellationToken);

    Task<RemediationRecord?> FindRemediationAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a request from <paramref name="current"/> to <paramref name="target"/> in one atomic step, recording who and
    /// when; false when it is no longer in <paramref name="current"/> (someone else decided first).
    /// </summary>
    Task<bool> MoveRemediationAsync(string id, RemediationState current, RemediationState target, string by, DateTimeOffset at, string? outcome, CancellationToken cancellationToken);

    /// <summary>Appends to the audit log.</summary>
    Task AddAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest audit entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAuditAsync(int limit, CancellationToken cancellationToken);
}

public enum RemediationState
{
    Pending,
    Approved,
    Refused,
    Succeeded,
    Failed,
}

/// <summary>One remediation request.</summary>
/// <param name="Action">The allow-listed action word (<c>restart-rras</c>).</param>
/// <param name="Agent">The agent that is to carry it out.</param>
/// <param name="ConversationKey">Where the approval card is.</param>
public sealed record RemediationRecord(
    string Id,
    string Action,
    string Agent,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    RemediationState State,
    string ConversationKey)
{
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public string? Outcome { get; init; }
}

/// <summary>One line of the audit log: who did what, when, where, with what outcome.</summary>
/// <param name="Event">What happened (<c>remediation.requested</c>, <c>remediation.approved</c>, <c>agent.revoked</c> …).</param>
/// <param name="Target">Where: the agent (and so the server) it concerns.</param>
/// <param name="Detail">What exactly: the action word, the request id.</param>
/// <param name="Outcome">The result, when there is one.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Event, string Target, string Detail, string? Outcome);
