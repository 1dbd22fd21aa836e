using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VpnBot.Bench.Agents;

/// <summary>One finding row of a result card: check id and subject.</summary>
internal sealed record FindingRow(string Check, string Subject);

/// <summary>
/// The finding rows of a final check card. A row is a rich text block whose first run is the check id and whose
/// second is three spaces and the subject; an agent's subjects carry its name (<c>lab-1: 127.0.0.1:500</c>),
/// the host's do not. Passed and skipped findings may instead sit in a compact list without subjects (when the card
/// runs short of room); those are not rows.
/// </summary>
internal sealed partial class CardFindings
{
    /// <summary>The finding the host writes for an agent that gave none (no answer, lost, circuit open).</summary>
    public const string AgentAnswerCheck = "agent.answer";

    private const string SubjectIndent = "   ";

    private CardFindings(IReadOnlyList<FindingRow> rows, int total)
    {
        Rows = rows;
        Total = total;
    }

    public static CardFindings None { get; } = new([], 0);

    /// <summary>The rows the card shows; a card near Teams' size limit shows fewer than it has findings.</summary>
    public IReadOnlyList<FindingRow> Rows { get; }

    /// <summary>Every finding of the check, from every vantage, as the card's heading counts them.</summary>
    public int Total { get; }

    /// <summary>Rows with findings <paramref name="agent"/> itself sent.</summary>
    public int From(string agent) => Rows.Count(r => r.Check != AgentAnswerCheck && r.Subject.StartsWith(agent + ": ", StringComparison.Ordinal));

    /// <summary>Rows the host wrote because <paramref name="agent"/> gave no findings.</summary>
    public int Missing(string agent) => Rows.Count(r => r.Check == AgentAnswerCheck && r.Subject.StartsWith(agent + ": ", StringComparison.Ordinal));

    public static CardFindings Read(string activityJson)
    {
        var rows = new List<FindingRow>();
        var activity = JsonNode.Parse(activityJson);
        foreach (var attachment in activity?["attachments"]?.AsArray() ?? [])
        {
            Walk(attachment?["content"], rows);
        }

        var heading = Heading().Match(activityJson);
        return new CardFindings(rows, heading.Success ? int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    private static void Walk(JsonNode? node, List<FindingRow> rows)
    {
        switch (node)
        {
            case JsonObject element:
                if (element["inlines"] is JsonArray { Count: >= 2 } inlines
                    && Text(inlines[0]) is { } check
                    && Text(inlines[1]) is { } subject
                    && subject.StartsWith(SubjectIndent, StringComparison.Ordinal))
                {
                    rows.Add(new FindingRow(check, subject[SubjectIndent.Length..]));
                    return;
                }

                foreach (var (_, value) in element)
                {
                    Walk(value, rows);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, rows);
                }

                break;
        }
    }

    // The en-US heading over the findings (CheckText.FindingsHeading): "Check results (12)".
    [GeneratedRegex(@"Check results \((\d+)\)")]
    private static partial Regex Heading();

    private static string? Text(JsonNode? run) => run is JsonObject obj && obj["text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
