using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// The last card of a check run from several vantage points, for IT: verdict, the combined diagnosis, the
/// check × vantage matrix, then every problem with the vantage point it was seen from and its details.
/// </summary>
internal static class VantageResultCard
{
    /// <summary>
    /// The matrix already shows every status, so the problem rows give up their details first; then the matrix
    /// keeps only the checks with a problem somewhere (the rest passed: the least news on the card); only then does
    /// the diagnosis give up text, as on the single-vantage card; and at last the matrix shows fewer vantage points.
    /// Passed and skipped findings are in the matrix: they get no rows of their own.
    /// </summary>
    public static IReadOnlyList<VantageLayout> RichestFirst { get; } =
    [
        .. RichCauses(new MatrixLimits(VantageMatrix.MaxPoints, AllChecks: true)),
        .. RichCauses(new MatrixLimits(VantageMatrix.MaxPoints, AllChecks: false)),
        .. ResultLayout.RichestFirst.Skip(4).Select(layout => new VantageLayout(layout, new MatrixLimits(VantageMatrix.MaxPoints, AllChecks: false))),
        new(ResultLayout.RichestFirst[^1], new MatrixLimits(4, AllChecks: false)),
    ];

    public static AdaptiveCard Build(CheckCardHeader header, CombinedReport report, IErrorCodeCatalog codes, Language language)
    {
        var check = new Words(CheckText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        return CardBudget.FirstThatFits(RichestFirst, layout => Compose(header, report, codes, layout, check, common));
    }

    private static AdaptiveCard Compose(CheckCardHeader header, CombinedReport report, IErrorCodeCatalog codes, VantageLayout layout, Words check, Words common)
    {
        var findings = report.Reports.SelectMany(r => r.Report.Findings).ToList();
        var from = check[nameof(CheckText.CheckedFromPoints), report.Reports.Count, CardTime.Local(report.StartedAt)];
        var body = new List<CardElement> { VerdictBanner.Build(header, report.Status, findings, report.DurationMs, from, check, common) };
        body.AddRange(ResultCard.Diagnosis(report.Diagnosis, report.Status, findings, codes, layout.Result.Causes, check, common));
        body.AddRange(VantageMatrix.Build(report.Reports, layout.Matrix, check, common));
        body.AddRange(Problems(report, layout.Result, check, common));
        var fallback = check[nameof(CheckText.ResultFallback), StatusLook.Word(report.Status, common), header.Endpoint, header.Fqdn, VerdictBanner.Facts(findings, report.DurationMs, common)];
        if (report.Diagnosis.Count > 0)
        {
            fallback += " " + check[nameof(CheckText.ResultFallbackCause), report.Diagnosis[0].Title[common.Language]];
        }

        return CardShell.Create(check.Language, body, fallback, [ResultCard.Rerun(header, check)]);
    }

    /// <summary>The richest diagnosis, with problem rows from full details down to none.</summary>
    private static IEnumerable<VantageLayout> RichCauses(MatrixLimits matrix) =>
        new[] { ResultLayout.RichestFirst[2].Primary, ResultLayout.RichestFirst[3].Primary, ResultLayout.RichestFirst[4].Primary, RowLimits.Compact }
            .Select(rows => new VantageLayout(ResultLayout.RichestFirst[0] with { Primary = rows, Secondary = SecondaryStyle.Count }, matrix));

    /// <summary>Every problem at every vantage point, worst first, then in report order of checks and of vantage points.</summary>
    private static IEnumerable<CardElement> Problems(CombinedReport report, ResultLayout layout, Words check, Words common)
    {
        var problems = report.Reports
            .SelectMany((r, index) => r.Report.Findings.Where(f => StatusLook.IsProblem(f.Status)).Select(f => (Finding: f, r.Point, Index: index)))
            .OrderBy(p => StatusLook.Rank(p.Finding.Status))
            .ThenBy(p => CheckIds.Order(p.Finding.Check))
            .ThenBy(p => p.Index)
            .ToList();
        if (problems.Count == 0)
        {
            yield break;
        }

        yield return Ui.Heading(check[nameof(CheckText.ProblemsHeading), problems.Count]);
        var shown = problems.Take(layout.PrimaryRows).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            yield return FindingRows.Row(shown[i].Finding, ResultCard.DetailsId(i), layout.Primary, common, shown[i].Point.Name);
        }

        if (problems.Count > shown.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.RowsOmitted), problems.Count - shown.Count]);
        }
    }
}

/// <summary>How much of a several-vantage report the card shows: the single-vantage card's limits, and the matrix's.</summary>
internal sealed record VantageLayout(ResultLayout Result, MatrixLimits Matrix);
