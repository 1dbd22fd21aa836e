using System.Diagnostics.Eventing.Reader;
using System.Runtime.Versioning;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.Events;

/// <summary>The Windows event log through <see cref="EventLogReader"/>, newest first, as <see cref="EventRecord.ToXml"/>.</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsEventLogSource : IEventLogSource
{
    // EventLogReader blocks; the read runs on the thread pool and checks the token between records.
    public Task<EventLogRead> ReadAsync(EventQuery query, CancellationToken cancellationToken) =>
        Task.Run(() => Read(query, cancellationToken), CancellationToken.None);

    private static EventLogRead Read(EventQuery query, CancellationToken cancellationToken)
    {
        var records = new List<string>();
        try
        {
            var logQuery = new EventLogQuery(query.LogName, PathType.LogName, query.XPath) { ReverseDirection = true };
            using var reader = new EventLogReader(logQuery);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var record = reader.ReadEvent();
                if (record is null)
                {
                    return new EventLogRead(EventLogReadOutcome.Read, records);
                }

                if (records.Count == query.MaxEvents)
                {
                    return new EventLogRead(EventLogReadOutcome.Read, records, Truncated: true);
                }

                records.Add(record.ToXml());
            }
        }
        catch (OperationCanceledException)
        {
            return EventLogRead.Failure(EventLogReadOutcome.TimedOut);
        }
        catch (EventLogNotFoundException ex)
        {
            return EventLogRead.Failure(EventLogReadOutcome.LogNotFound, BoundedText.Of(ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            return EventLogRead.Failure(EventLogReadOutcome.AccessDenied, BoundedText.Of(ex.Message));
        }
        catch (EventLogException ex)
        {
            return EventLogRead.Failure(EventLogReadOutcome.Failed, BoundedText.Of(ex.Message));
        }
    }
}
