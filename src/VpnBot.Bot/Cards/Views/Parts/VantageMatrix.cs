using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>How much of the matrix a card has room for.</summary>
/// <param name="Points">Most vantage points in columns (at most <see cref="VantageMatrix.MaxPoints"/>).</param>
/// <param name="AllChecks">Every check, or only those with a problem at one of the vantage points shown.</param>
internal sealed record MatrixLimits(int Points, bool AllChecks);

/// <summary>
/// Every check against every vantage point: a row per check, a column per vantage point headed
/// <c>name (site, inside)</c>, and in each cell the worst status of that check there, or a dash where it did not run.
/// </summary>
internal static class VantageMatrix
{
    /// <summary>Most vantage points in columns: beyond this many, a column is too narrow for a status word in Teams' card width.</summary>
    public const int MaxPoints = 6;

    private const string NotRun = "—";

    public static IEnumerable<CardElement> Build(IReadOnlyList<VantageReport> reports, MatrixLimits limits, Words check, Words common)
    {
        var shown = reports.Take(Math.Min(MaxPoints, limits.Points)).ToList();
        var all = shown
            .SelectMany(r => r.Report.Findings.Select(f => f.Check))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(CheckIds.Order)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        var checks = limits.AllChecks
            ? all
            : [.. all.Where(id => shown.Any(r => r.Report.Findings.Any(f => f.Check == id && StatusLook.IsProblem(f.Status))))];
        yield return Ui.Heading(check[nameof(CheckText.MatrixHeading)]);
        if (all.Count == 0)
        {
            yield return Ui.Text(check[nameof(CheckText.NoFindings)]);
            yield break;
        }

        if (checks.Count > 0)
        {
            // The check ids need about a third more room than a status word.
            List<TableColumn> columns = [new(3), .. shown.Select(_ => new TableColumn(2))];
            List<TableRow> rows =
            [
                new([Cell(new TextBlock(check[nameof(CheckText.MatrixCheck)]) { Weight = TextWeight.Bolder }), .. shown.Select(r => Header(r.Point, common))]),
                .. checks.Select(id => new TableRow([Cell(CheckId(id)), .. shown.Select(r => Status(r, id, common))])),
            ];
            yield return new Table(columns, rows) { Spacing = Spacing.Small, VerticalCellContentAlignment = VerticalAlignment.Center };
        }

        if (all.Count > checks.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.MatrixChecksOmitted), all.Count - checks.Count]);
        }

        if (reports.Count > shown.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.MatrixPointsOmitted), reports.Count - shown.Count]);
        }
    }

    /// <summary>Fail, then warn, error, pass, skip: what a reader looks for first decides the cell.</summary>
    public static CheckStatus? Worst(IEnumerable<Finding> findings)
    {
        CheckStatus? worst = null;
        foreach (var finding in findings)
        {
            if (worst is not { } so || StatusLook.Rank(finding.Status) < StatusLook.Rank(so))
            {
                worst = finding.Status;
            }
        }

        return worst;
    }

    private static TableCell Header(VantagePoint point, Words common) => new(
    [
        new TextBlock(point.Name) { Weight = TextWeight.Bolder },
        new TextBlock(VantageLabels.Where(point)[common.Language]) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
    ]);

    private static TextBlock CheckId(string id) => new(id) { FontType = FontType.Monospace, Size = TextSize.Small };

    // Colour and word without the bold of a row's badge: a hundred cells of bold shout, and cost bytes of the card's budget.
    private static TableCell Status(VantageReport report, string checkId, Words common) =>
        Worst(report.Report.Findings.Where(f => f.Check == checkId)) is { } status
            ? Cell(StatusLook.Badge(status, common) with { Weight = null })
            : Cell(new TextBlock(NotRun) { IsSubtle = true, Wrap = null });

    private static TableCell Cell(CardElement element) => new([element]);
}
