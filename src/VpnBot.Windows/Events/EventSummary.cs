using System.Globalization;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Windows.Events;

/// <summary>What a run of events adds up to: how many, first and last, and the most frequent values of one field.</summary>
/// <param name="Count">Events read and understood.</param>
/// <param name="Truncated">More matched than the query's maximum: <see cref="Count"/> is a lower bound.</param>
/// <param name="First">The oldest event's time.</param>
/// <param name="Last">The newest event's time.</param>
/// <param name="Top">The most frequent values, most frequent first (ties in order of value).</param>
internal sealed record EventSummary(int Count, bool Truncated, DateTimeOffset? First, DateTimeOffset? Last, IReadOnlyList<(string Value, int Count)> Top)
{
    /// <summary>How many values <see cref="Top"/> keeps: enough for a card line, few enough to read.</summary>
    public const int TopCount = 3;

    public static EventSummary Of(IReadOnlyList<EventEntry> events, bool truncated, Func<EventEntry, string?> value)
    {
        ArgumentNullException.ThrowIfNull(events);
        var times = events.Select(e => e.TimeCreated).OfType<DateTimeOffset>().ToList();
        var top = events
            .Select(value)
            .OfType<string>()
            .Where(v => v.Length > 0)
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Value: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Value, StringComparer.Ordinal)
            .Take(TopCount)
            .ToList();
        return new EventSummary(events.Count, truncated, times.Count > 0 ? times.Min() : null, times.Count > 0 ? times.Max() : null, top);
    }

    /// <summary><c>809 ×9, 868 ×3</c>: the top values with their counts, for evidence and summaries.</summary>
    public string TopText => string.Join(", ", Top.Select(t => t.Value + " ×" + t.Count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The same list in both languages (", " in English, "、" in Japanese).</summary>
    public LocalizedText TopList => LocalizedText.List(Top.Select(t => LocalizedText.Invariant(t.Value + " ×" + t.Count.ToString(CultureInfo.InvariantCulture))));

    /// <summary>ISO 8601 in UTC to the second, as evidence elsewhere is written.</summary>
    public static string Iso(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>To the minute, for summaries: <c>2025-11-20 08:14 UTC</c>.</summary>
    public static string Short(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "?";
}
