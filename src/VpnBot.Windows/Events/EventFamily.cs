using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.Events;

/// <summary>
/// One kind of recent event a check summarises: where it is logged, which field is worth counting, which
/// Windows VPN error codes it stands for, and how to say so. <see cref="RecentEventsCheck"/> does the rest.
/// </summary>
internal abstract class EventFamily
{
    /// <summary>The check id (<c>events.rasclient</c>).</summary>
    public abstract string CheckId { get; }

    /// <summary>System, Application or Security.</summary>
    public abstract string LogName { get; }

    /// <summary>System/Provider/@Name of the events.</summary>
    public abstract string Provider { get; }

    public abstract IReadOnlyList<int> EventIds { get; }

    /// <summary>The field <see cref="EventSummary.Top"/> counts (the error code, the name that timed out).</summary>
    public abstract string? KeyOf(EventEntry entry);

    /// <summary>The error codes these events explain for <paramref name="target"/>, in the knowledge base's form, most frequent first.</summary>
    public abstract IReadOnlyList<string> ErrorCodes(IReadOnlyList<EventEntry> events, CheckTarget target);

    /// <summary>More evidence beside the summary (the addresses failures came from).</summary>
    public virtual void AddEvidence(IDictionary<string, string> evidence, IReadOnlyList<EventEntry> events)
    {
    }

    /// <summary>The <see cref="EventsText"/> name of "none in the window" (<c>{0}</c> the window).</summary>
    protected abstract string NoneText { get; }

    /// <summary>The <see cref="EventsText"/> name of "found" (<c>{0}</c> count, <c>{1}</c> window, <c>{2}</c> first, <c>{3}</c> last, <c>{4}</c> top values).</summary>
    protected abstract string FoundText { get; }

    /// <summary>No events: "no RasClient 20227 events in the last 24 h".</summary>
    public LocalizedText None(LocalizedText window) => RecentEventsCheck.Text(NoneText, window);

    /// <summary>Some events: how many, when, and the top values.</summary>
    public LocalizedText Found(LocalizedText count, LocalizedText window, EventSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return RecentEventsCheck.Text(
            FoundText,
            count,
            window,
            EventSummary.Short(summary.First),
            EventSummary.Short(summary.Last),
            summary.Top.Count > 0 ? summary.TopList : RecentEventsCheck.Text(nameof(EventsText.NoneReadable)));
    }

    /// <summary>What IT does about them, in order.</summary>
    public abstract IReadOnlyList<LocalizedText> Steps(IReadOnlyList<string> errorCodes);
}
