using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VpnBot.Bench.Agents;

/// <summary>One finding row of a result card: check id and subject.</summary>
internal sealed record FindingRow(string Check, string Subject);

/// <summary>
/// The finding rows of a final check card. A card from several vantage points has a check × vantage table: each
/// cell where an agent's column shows a status (not "—") is a row <c>(check, "agent: status")</c>. Below it, a
/// problem row is a rich text block whose first run is the check id and whose second is three spaces and the
/// subject, prefixed with the agent's name when an agent saw it (<c>lab-1: 127.0.0.1:500</c>).
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

    /// <summary>
    /// Every finding of the check as the one-vantage card's heading counts them; on a card from several vantage
    /// points (which has no such heading), the check × vantage cells that show a status.
    /// </summary>
    public int Total { get; }

    /// <summary>Rows with findings <paramref name="agent"/> itself sent.</summary>
    public int From(string agent) => Rows.Count(r => r.Check != AgentAnswerCheck && r.Subject.StartsWith(agent + ": ", StringComparison.Ordinal));

    /// <summary>Rows the host wrote because <paramref name="agent"/> gave no findings.</summary>
    public int Missing(string agent) => Rows.Count(r => r.Check == AgentAnswerCheck && r.Subject.StartsWith(agent + ": ", StringComparison.Ordinal));

    public static CardFindings Read(string activityJson)
    {
        var rows = new List<FindingRow>();
        var cells = new int[1];
        var activity = JsonNode.Parse(activityJson);
        foreach (var attachment in activity?["attachments"]?.AsArray() ?? [])
        {
            Walk(attachment?["content"], rows, cells);
        }

        var heading = Heading().Match(activityJson);
        return new CardFindings(rows, heading.Success ? int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture) : cells[0]);
    }

    private static void Walk(JsonNode? node, List<FindingRow> rows, int[] cells)
    {
        switch (node)
        {
            case JsonObject element:
                if (element["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind == "Table")
                {
                    ReadMatrix(element, rows, cells);
                    return;
                }

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
                    Walk(value, rows, cells);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, rows, cells);
                }

                break;
        }
    }

    // Header row: "Check", then each vantage point's name over its place; data rows: the check id, then a status
    // word or "—" per vantage point. The host's own column (named "host") is not an agent's.
    private static void ReadMatrix(JsonObject table, List<FindingRow> rows, int[] cells)
    {
        var tableRows = table["rows"]?.AsArray() ?? [];
        if (tableRows.Count < 2)
        {
            return;
        }

        var names = Cells(tableRows[0]).Select(FirstText).ToList();
        foreach (var row in tableRows.Skip(1))
        {
            var texts = Cells(row).Select(FirstText).ToList();
            for (var column = 1; column < texts.Count && column < names.Count; column++)
            {
                if (texts[column] is not { } status || status == "—")
                {
                    continue;
                }

                cells[0]++;
                if (names[column] is { } name && name != "host")
                {
                    rows.Add(new FindingRow(texts[0] ?? string.Empty, $"{name}: {status}"));
                }
            }
        }
    }

    private static JsonArray Cells(JsonNode? row) => row?["cells"]?.AsArray() ?? [];

    private static string? FirstText(JsonNode? cell) => cell?["items"]?.AsArray().FirstOrDefault() is JsonObject first ? Text(first) : null;

    // The en-US heading over the findings (CheckText.FindingsHeading): "Check results (12)".
    [GeneratedRegex(@"Check results \((\d+)\)")]
    private static partial Regex Heading();

    private static string? Text(JsonNode? run) => run is JsonObject obj && obj["text"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
