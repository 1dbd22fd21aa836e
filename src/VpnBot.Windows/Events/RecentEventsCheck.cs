using System.Globalization;
using Microsoft.Extensions.Options;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Configuration;

namespace VpnBot.Windows.Events;

/// <summary>
/// An <c>events.*</c> check: the family's events of the last hours (<c>Vpn:Agent:Events:Window</c>, default
/// 24 h), summarised as count, first and last time and the most frequent values. None is a pass; some are a
/// warning that carries the error codes they stand for, so the diagnosis can cite what clients saw.
/// </summary>
internal sealed class RecentEventsCheck : ICheck
{
    /// <summary>Events are history: a result 30 s old is as good, and 500 endpoints checked at once share one query.</summary>
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    /// <summary>The most one query may take; a large Security log under an IKE flood is the slow case.</summary>
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(30);

    private readonly EventFamily _family;
    private readonly EventQuery _query;
    private readonly LocalMachine _machine;
    private readonly CachedRead<EventLogRead> _read;

    public RecentEventsCheck(EventFamily family, IEventLogSource source, IOptions<AgentEventsOptions> options, LocalMachine machine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _family = family;
        _machine = machine;
        _query = new EventQuery(family.LogName, family.Provider, family.EventIds, settings.Window, settings.MaxEvents);
        _read = new CachedRead<EventLogRead>(ct => source.ReadAsync(_query, ct), Fresh, ReadLimit, r => r.Outcome == EventLogReadOutcome.Read, time);
    }

    public string Id => _family.CheckId;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) => [new CheckUnit(Id, _machine.Name, RunAsync)];

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var wait = context.Remaining;
        try
        {
            var (read, readAt) = await _read.GetAsync(cancellationToken).WaitAsync(wait, context.Time, cancellationToken).ConfigureAwait(false);
            return Judge(read, readAt, context.Target);
        }
        catch (TimeoutException)
        {
            var ms = ((long)wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return Result(CheckStatus.Error, Text(nameof(EventsText.EventsNotInTime), _query.LogName, _machine.Name, ms), Evidence(null), [], []);
        }
    }

    internal Finding Judge(EventLogRead read, DateTimeOffset readAt, CheckTarget target)
    {
        var evidence = Evidence(readAt);
        if (read.Outcome != EventLogReadOutcome.Read)
        {
            if (read.Problem is { Length: > 0 } problem)
            {
                evidence["problem"] = problem;
            }

            return Result(CheckStatus.Error, ReadFailure(read), evidence, [], read.Outcome == EventLogReadOutcome.AccessDenied
                ? [Text(nameof(EventsText.FixLogAccess), _query.LogName)]
                : []);
        }

        var (events, unreadable, firstProblem) = Parse(read.Records);
        if (events.Count == 0 && unreadable > 0)
        {
            evidence["unreadableEvents"] = unreadable.ToString(CultureInfo.InvariantCulture);
            evidence["problem"] = firstProblem ?? string.Empty;
            return Result(CheckStatus.Error, Text(nameof(EventsText.EventsUnreadable), unreadable, _query.LogName, firstProblem ?? string.Empty), evidence, [], []);
        }

        var summary = EventSummary.Of(events, read.Truncated, _family.KeyOf);
        var window = AgentTexts.Window(_query.Window);
        evidence["count"] = summary.Count.ToString(CultureInfo.InvariantCulture);
        if (summary.Count == 0)
        {
            return Result(CheckStatus.Pass, _family.None(window), evidence, [], []);
        }

        evidence["truncated"] = summary.Truncated ? "true" : "false";
        evidence["first"] = EventSummary.Iso(summary.First);
        evidence["last"] = EventSummary.Iso(summary.Last);
        evidence["top"] = summary.TopText;
        if (unreadable > 0)
        {
            evidence["unreadableEvents"] = unreadable.ToString(CultureInfo.InvariantCulture);
        }

        _family.AddEvidence(evidence, events);
        var codes = _family.ErrorCodes(events, target);
        if (codes.Count > 0)
        {
            evidence["errorCodes"] = string.Join(", ", codes);
        }

        var count = summary.Truncated
            ? Text(nameof(EventsText.CountAtLeast), summary.Count)
            : Text(nameof(EventsText.CountExact), summary.Count);
        return Result(CheckStatus.Warn, _family.Found(count, window, summary), evidence, codes, _family.Steps(codes));
    }

    /// <summary>Parses every record; those that are not the family's events (or not events at all) are counted, not fatal.</summary>
    private (List<EventEntry> Events, int Unreadable, string? FirstProblem) Parse(IReadOnlyList<string> records)
    {
        var events = new List<EventEntry>(records.Count);
        var unreadable = 0;
        string? firstProblem = null;
        foreach (var xml in records)
        {
            if (!EventXml.TryParse(xml, out var entry, out var problem))
            {
                unreadable++;
                firstProblem ??= problem;
                continue;
            }

            if (string.Equals(entry.Provider, _family.Provider, StringComparison.OrdinalIgnoreCase) && _family.EventIds.Contains(entry.EventId))
            {
                events.Add(entry);
            }
            else
            {
                unreadable++;
                firstProblem ??= "another provider or event id";
            }
        }

        return (events, unreadable, firstProblem);
    }

    private LocalizedText ReadFailure(EventLogRead read) => read.Outcome switch
    {
        EventLogReadOutcome.LogNotFound => Text(nameof(EventsText.EventsLogNotFound), _query.LogName, _machine.Name),
        EventLogReadOutcome.AccessDenied => Text(nameof(EventsText.EventsAccessDenied), _query.LogName, _machine.Name),
        EventLogReadOutcome.TimedOut => Text(nameof(EventsText.EventsReadTimedOut), _query.LogName, _machine.Name, (long)ReadLimit.TotalSeconds),
        _ => Text(nameof(EventsText.EventsReadFailed), _query.LogName, _machine.Name, read.Problem ?? string.Empty),
    };

    /// <summary>Where the events come from, first in every finding: the query can be pasted into Event Viewer's XML filter.</summary>
    private Dictionary<string, string> Evidence(DateTimeOffset? readAt)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["log"] = _query.LogName,
            ["provider"] = _query.Provider,
            ["eventIds"] = string.Join(", ", _query.EventIds.Select(id => id.ToString(CultureInfo.InvariantCulture))),
            ["windowMinutes"] = ((long)_query.Window.TotalMinutes).ToString(CultureInfo.InvariantCulture),
            ["xpath"] = _query.XPath,
        };
        if (readAt is { } at)
        {
            evidence["readAt"] = EventSummary.Iso(at);
        }

        return evidence;
    }

    private Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyDictionary<string, string> evidence, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
    {
        Check = Id,
        Subject = _machine.Name,
        Status = status,
        Summary = summary,
        Evidence = evidence,
        ErrorCodes = codes,
        Remediation = steps,
    };

    internal static LocalizedText Text(string name, params object?[] args) =>
        LocalizedText.Format(EventsText.ResourceManager, name, args);
}
