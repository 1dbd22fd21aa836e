namespace VpnBot.Windows.Events;

/// <summary>One <c>EventData/Data</c> item: named in manifest events (<c>QueryName</c>), positional (%1, %2…) in classic ones.</summary>
internal readonly record struct EventDatum(string? Name, string Value);

/// <summary>
/// The parts of an event record the collectors read, from its XML (<c>EventRecord.ToXml()</c>, <c>wevtutil qe /f:xml</c>).
/// </summary>
/// <param name="Provider">System/Provider/@Name (<c>RasClient</c>, <c>Microsoft-Windows-DNS-Client</c>).</param>
/// <param name="EventId">System/EventID.</param>
/// <param name="TimeCreated">System/TimeCreated/@SystemTime, when readable.</param>
/// <param name="Computer">System/Computer.</param>
/// <param name="Data">EventData/Data in document order.</param>
/// <param name="Message">RenderingInfo/Message, present only in rendered XML (<c>wevtutil qe /f:RenderedXml</c>).</param>
internal sealed record EventEntry(
    string Provider,
    int EventId,
    DateTimeOffset? TimeCreated,
    string? Computer,
    IReadOnlyList<EventDatum> Data,
    string? Message)
{
    /// <summary>The value of the data item named <paramref name="name"/> (case-insensitive), or null.</summary>
    public string? Named(string name)
    {
        foreach (var datum in Data)
        {
            if (string.Equals(datum.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return datum.Value;
            }
        }

        return null;
    }
}
