using Spectre.Console;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>Findings as a table: status (coloured), check, subject, summary.</summary>
internal static class FindingTable
{
    public static Table Create(IEnumerable<Finding> findings, Language language, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var table = new Table
        {
            Border = terminal ? TableBorder.Rounded : TableBorder.Ascii,
        };
        table.AddColumn(new TableColumn(Header(nameof(CliText.ColumnStatus))).NoWrap());
        table.AddColumn(new TableColumn(Header(nameof(CliText.ColumnCheck))).NoWrap());
        table.AddColumn(new TableColumn(Header(nameof(CliText.ColumnSubject))));
        table.AddColumn(new TableColumn(Header(nameof(CliText.ColumnSummary))));
        foreach (var finding in findings)
        {
            table.AddRow(
                StatusStyles.Markup(finding.Status, language),
                TerminalText.Markup(finding.Check),
                TerminalText.Markup(finding.Subject),
                TerminalText.Markup(finding.Summary[language]));
        }

        return table;

        string Header(string name) => Markup.Escape(Texts.In(language, name));
    }
}
