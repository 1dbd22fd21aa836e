using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Windows.Events;

/// <summary>Error codes gathered from events, in the knowledge base's canonical form, most frequent first.</summary>
internal static class EventCodes
{
    /// <summary>More than this many distinct codes is noise on a card; the top ones carry the diagnosis.</summary>
    public const int MaxCodes = 5;

    public static IReadOnlyList<string> ByFrequency(IEnumerable<string?> codes) =>
        [.. codes
            .Select(ErrorCodeText.Normalize)
            .OfType<string>()
            .GroupBy(code => code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxCodes)
            .Select(g => g.Key)];
}
