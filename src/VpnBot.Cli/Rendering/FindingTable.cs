using Spectre.Console;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>Findings as a table: status (coloured), check, subject, summary.</summary>
internal static class FindingTable
{
    // Four columns: five borders and a space of padding on each side of each cell.
    private const int Chrome = 5 + (4 * 2);

    // Below this the summary column is too narrow to be worth laying out by hand.
    private const int MinimumSummaryWidth = 16;

    /// <param name="findings">The rows.</param>
    /// <param name="language">Language of headers, statuses and summaries.</param>
    /// <param name="terminal">Rounded borders on a terminal, ASCII ones in a file.</param>
    /// <param name="width">Columns available: summaries are broken with <see cref="TextWrap"/> to fit, so Japanese wraps where it may.</param>
    public static Table Create(IReadOnlyCollection<Finding> findings, Language language, bool terminal, int width)
    {
        ArgumentNullException.ThrowIfNull(findings);
        string Header(string name) => Texts.In(language, name);
        var headers = new[] { nameof(CliText.ColumnStatus), nameof(CliText.ColumnCheck), nameof(CliText.ColumnSubject), nameof(CliText.ColumnSummary) }.Select(Header).ToArray();
        var rows = findings.Select(f => new[] { StatusStyles.Label(f.Status, language), TerminalText.Clean(f.Check), TerminalText.Clean(f.Subject), TerminalText.Clean(f.Summary[language]) }).ToList();

        var fixedWidth = Enumerable.Range(0, 3).Sum(column => rows.Select(r => r[column]).Append(headers[column]).Max(text => text.GetCellWidth()));
        var summaryWidth = width - Chrome - fixedWidth;

        var table = new Table { Border = terminal ? TableBorder.Rounded : TableBorder.Ascii };
        table.AddColumn(new TableColumn(Markup.Escape(headers[0])).NoWrap());
        table.AddColumn(new TableColumn(Markup.Escape(headers[1])).NoWrap());
        table.AddColumn(new TableColumn(Markup.Escape(headers[2])));
        table.AddColumn(new TableColumn(Markup.Escape(headers[3])));
        foreach (var (finding, row) in findings.Zip(rows))
        {
            var summary = summaryWidth >= MinimumSummaryWidth ? string.Join('\n', TextWrap.Lines(row[3], summaryWidth)) : row[3];
            table.AddRow(
                $"[{StatusStyles.Colour(finding.Status)}]{Markup.Escape(row[0])}[/]",
                Markup.Escape(row[1]),
                Markup.Escape(row[2]),
                Markup.Escape(summary));
        }

        return table;
    }
}
