using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace VpnBot.Windows.Events;

/// <summary>
/// Reads an event record's XML in the event schema (<c>http://schemas.microsoft.com/win/2004/08/events/event</c>).
/// The same code reads what the Windows event log hands the agent and the recorded fixtures on any platform.
/// Anything that is not such an event comes back as a reason, never as an exception.
/// </summary>
internal static partial class EventXml
{
    /// <summary>An event record is a few kilobytes; anything far larger is not one.</summary>
    private const int MaxCharacters = 256 * 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static bool TryParse(string? xml, [NotNullWhen(true)] out EventEntry? entry, out string? problem)
    {
        entry = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(xml))
        {
            problem = "empty";
            return false;
        }

        if (xml.Length > MaxCharacters)
        {
            problem = "too large";
            return false;
        }

        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            problem = $"not XML (line {ex.LineNumber}, position {ex.LinePosition})";
            return false;
        }

        // Elements are matched by local name: the namespace is the event schema's, but tools that strip it
        // (or re-serialise without it) still produce the same record.
        if (root.Name.LocalName != "Event" || Child(root, "System") is not { } system)
        {
            problem = "not an event record";
            return false;
        }

        var provider = Child(system, "Provider")?.Attribute("Name")?.Value;
        if (string.IsNullOrWhiteSpace(provider))
        {
            problem = "no provider";
            return false;
        }

        if (!int.TryParse(Child(system, "EventID")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            problem = "no event id";
            return false;
        }

        var data = Child(root, "EventData") is { } eventData
            ? Children(eventData, "Data").Select(d => new EventDatum(d.Attribute("Name")?.Value, d.Value)).ToList()
            : [];
        var message = Child(root, "RenderingInfo") is { } rendering ? Child(rendering, "Message")?.Value : null;

        entry = new EventEntry(
            provider,
            eventId,
            Time(Child(system, "TimeCreated")?.Attribute("SystemTime")?.Value),
            Child(system, "Computer")?.Value,
            data,
            message);
        return true;
    }

    /// <summary>
    /// SystemTime is ISO 8601 in UTC with up to nine fractional digits (<c>2020-07-10T17:20:06.687103300Z</c>);
    /// .NET reads seven, so the rest is cut before parsing.
    /// </summary>
    internal static DateTimeOffset? Time(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }

        var trimmed = ExtraFraction().Replace(text.Trim(), "$1");
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => e.Name.LocalName == localName);

    [GeneratedRegex(@"(\.\d{7})\d+")]
    private static partial Regex ExtraFraction();
}
