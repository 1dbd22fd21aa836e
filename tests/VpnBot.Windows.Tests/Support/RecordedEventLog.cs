using VpnBot.Windows.Events;

namespace VpnBot.Windows.Tests.Support;

/// <summary>An event log that answers every query with recorded event XML, newest first, honouring the query's maximum.</summary>
internal sealed class RecordedEventLog(IReadOnlyList<string> records, EventLogReadOutcome outcome = EventLogReadOutcome.Read, string? problem = null) : IEventLogSource
{
    private int _reads;

    public int Reads => _reads;

    public EventQuery? LastQuery { get; private set; }

    public static RecordedEventLog From(string fixture) => new(Fixture.EventLines(fixture));

    public Task<EventLogRead> ReadAsync(EventQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        LastQuery = query;
        if (outcome != EventLogReadOutcome.Read)
        {
            return Task.FromResult(EventLogRead.Failure(outcome, problem));
        }

        var read = records.Take(query.MaxEvents).ToList();
        return Task.FromResult(new EventLogRead(EventLogReadOutcome.Read, read, records.Count > query.MaxEvents));
    }
}
