namespace VpnBot.Windows.Events;

/// <summary>How reading the log went.</summary>
internal enum EventLogReadOutcome
{
    Read,

    /// <summary>The log (channel) does not exist on this machine.</summary>
    LogNotFound,

    /// <summary>The agent's account may not read this log (the Security log needs LocalSystem or the auditing right).</summary>
    AccessDenied,

    /// <summary>The event log service refused the query or failed while reading.</summary>
    Failed,

    /// <summary>The read did not finish within its time limit.</summary>
    TimedOut,
}

/// <summary>The records a query matched, newest first, as event XML; at most the query's maximum.</summary>
/// <param name="Outcome">Read, or why not.</param>
/// <param name="Records">One XML document per event.</param>
/// <param name="Truncated">More events matched than were read.</param>
/// <param name="Problem">A short description of a failure.</param>
internal sealed record EventLogRead(EventLogReadOutcome Outcome, IReadOnlyList<string> Records, bool Truncated = false, string? Problem = null)
{
    public static EventLogRead Failure(EventLogReadOutcome outcome, string? problem = null) => new(outcome, [], false, problem);
}

/// <summary>Runs an event query; the seam tests replace with recorded event XML.</summary>
internal interface IEventLogSource
{
    /// <summary>Never throws for what the log says: missing logs, denied access and timeouts are outcomes.</summary>
    Task<EventLogRead> ReadAsync(EventQuery query, CancellationToken cancellationToken);
}
