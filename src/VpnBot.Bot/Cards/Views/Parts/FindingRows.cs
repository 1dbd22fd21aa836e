using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>How much of each finding a card has room for.</summary>
/// <param name="Summary">Longest summary, in characters.</param>
/// <param name="Facts">Evidence entries shown; 0 leaves the details out.</param>
/// <param name="FactLength">Longest evidence value.</param>
/// <param name="Steps">Remediation steps shown.</param>
/// <param name="StepLength">Longest step.</param>
internal sealed record RowLimits(int Summary, int Facts, int FactLength, int Steps, int StepLength)
{
    /// <summary>Rows without details: the progress card, and findings the card has no room to detail.</summary>
    public static readonly RowLimits Compact = new(240, 0, 0, 0, 0);

    public bool HasDetails => Facts > 0 || Steps > 0;
}

/// <summary>A finding as one compact row, with its evidence and remediation a click away.</summary>
internal static class FindingRows
{
    private const int MaxKeyLength = 40;

    /// <summary>
    /// Status word, check id and subject, summary. With <paramref name="detailsId"/> (unique in the card) and room
    /// for details, a click on the row shows the evidence, the error codes the finding explains and its steps.
    /// </summary>
    /// <param name="vantage">The vantage point the finding was made from, when the card shows several.</param>
    public static ColumnSet Row(Finding finding, string? detailsId, RowLimits limits, Words common, string? vantage = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = new List<CardElement>
        {
            Ui.Plain(
                new TextRun(finding.Check) { Weight = TextWeight.Bolder, FontType = FontType.Monospace },
                new TextRun("   " + finding.Subject + (vantage is null || vantage == finding.Subject ? string.Empty : " · " + vantage)) { IsSubtle = true }),
            Ui.Plain(Limits.Clip(finding.Summary[common.Language], limits.Summary)) with { Spacing = Spacing.None },
        };
        var columns = new List<Column>
        {
            new([StatusLook.Badge(finding.Status, common)]) { Width = StatusLook.ColumnWidth },
            new(text) { Width = "stretch" },
        };

        var withDetails = detailsId is not null && limits.HasDetails && HasDetails(finding);
        if (withDetails)
        {
            text.Add(Details(finding, detailsId!, limits, common));
            columns.Add(new Column([new TextBlock(common[nameof(CommonText.Details)]) { Color = TextColor.Accent, Size = TextSize.Small, Wrap = null }]) { Width = "auto" });
        }

        return new ColumnSet(columns)
        {
            Separator = true,
            Spacing = Spacing.Small,
            SelectAction = withDetails ? new ToggleVisibilityAction(common[nameof(CommonText.Details)], [detailsId!]) : null,
        };
    }

    /// <summary>Fail, warn and error first, then pass and skip; the report's own order within each.</summary>
    public static IReadOnlyList<Finding> ProblemsFirst(IEnumerable<Finding> findings) =>
        [.. findings.Select((f, i) => (f, i)).OrderBy(p => StatusLook.Rank(p.f.Status)).ThenBy(p => p.i).Select(p => p.f)];

    private static bool HasDetails(Finding finding) =>
        finding.Evidence.Count > 0 || finding.Remediation.Count > 0 || finding.ErrorCodes.Count > 0;

    private static Container Details(Finding finding, string id, RowLimits limits, Words common)
    {
        var language = common.Language;
        var facts = finding.Evidence
            .Take(limits.Facts)
            .Select(pair => new Fact(Limits.Clip(pair.Key, MaxKeyLength), Value(pair.Value, limits.FactLength)))
            .ToList();
        var hidden = finding.Evidence.Count - facts.Count;
        if (finding.ErrorCodes.Count > 0)
        {
            facts.Add(new Fact(common[nameof(CommonText.FindingExplains)], string.Join(", ", finding.ErrorCodes)));
        }

        facts.Add(new Fact(common[nameof(CommonText.Took)], CardTime.Duration(finding.DurationMs, common)));
        var items = new List<CardElement> { new FactSet(facts) { Spacing = Spacing.Small } };
        if (hidden > 0)
        {
            items.Add(Ui.Note(common[nameof(CommonText.AndMore), hidden]));
        }

        if (finding.Remediation.Count > 0 && limits.Steps > 0)
        {
            items.Add(Ui.Label(common[nameof(CommonText.WhatToDo)]));
            items.Add(Ui.StepLines(finding.Remediation.Take(limits.Steps).Select(step => Limits.Clip(step[language], limits.StepLength))));
        }

        return new Container(items) { Id = id, IsVisible = false, Spacing = Spacing.Small };
    }

    /// <summary>
    /// Passed and skipped findings as one compact list, check id beside its summary: a fifth of the size of
    /// rows, for a report whose problems need the room.
    /// </summary>
    public static FactSet List(IEnumerable<Finding> findings, int summaryLength, Words common) =>
        new([.. findings.Select(f => new Fact(
            f.Check,
            (f.Status == CheckStatus.Pass ? string.Empty : StatusLook.Word(f.Status, common) + " · ") + Markdown.Inert(Limits.Clip(f.Summary[common.Language], summaryLength))))])
        {
            Spacing = Spacing.Small,
        };

    private static string Value(string value, int max) =>
        value.Length == 0 ? "—" : Markdown.Inert(Limits.Clip(value, max));
}
