using System.Globalization;
using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>The last card of a check: verdict, likely causes, every finding, and a button to run it again.</summary>
internal static class ResultCard
{
    public static AdaptiveCard Build(CheckCardHeader header, CheckReport report, IErrorCodeCatalog codes, Language language)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(codes);
        var check = new Words(CheckText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        return CardBudget.FirstThatFits(ResultLayout.RichestFirst, layout => Compose(header, report, codes, layout, check, common));
    }

    /// <summary>Runs the same checks of the same endpoint again.</summary>
    public static ExecuteAction Rerun(CheckCardHeader header, Words check)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [Verbs.EndpointKey] = header.Endpoint };
        if (header.Checks is { Count: > 0 } only)
        {
            data[Verbs.ChecksKey] = string.Join(',', only);
        }

        return new ExecuteAction(check[nameof(CheckText.Rerun)], Verbs.Check) { Data = data, Style = ActionStyle.Positive };
    }

    private static AdaptiveCard Compose(CheckCardHeader header, CheckReport report, IErrorCodeCatalog codes, ResultLayout layout, Words check, Words common)
    {
        var body = new List<CardElement> { VerdictBanner.Build(header, report, check, common) };
        body.AddRange(Diagnosis(report.Diagnosis, report.Status, report.Findings, codes, layout.Causes, check, common));
        body.AddRange(Findings(report, layout, check, common));
        return CardShell.Create(check.Language, body, Fallback(header, report, check, common), [Rerun(header, check)]);
    }

    /// <summary>The likely causes; when no rule names one, the steps the problem findings carry, the best advice there is.</summary>
    public static IEnumerable<CardElement> Diagnosis(
        IReadOnlyList<Cause> causes, ReportStatus status, IEnumerable<Finding> findings, IErrorCodeCatalog codes, CauseLimits limits, Words check, Words common)
    {
        if (causes.Count > 0)
        {
            return CauseSection.Build(causes, codes, limits, check, common);
        }

        if (status == ReportStatus.Ok)
        {
            return [];
        }

        var steps = findings
            .Where(f => StatusLook.IsProblem(f.Status))
            .SelectMany(f => f.Remediation)
            .Select(step => step[common.Language])
            .Distinct(StringComparer.Ordinal)
            .Take(limits.Steps)
            .Select(step => Limits.Clip(step, limits.StepLength))
            .ToList();
        var section = new List<CardElement> { Ui.Heading(check[nameof(CheckText.LikelyCauses)]), Ui.Text(check[nameof(CheckText.NoCause)]) };
        if (steps.Count > 0)
        {
            section.Add(Ui.Label(common[nameof(CommonText.WhatToDo)]));
            section.Add(Ui.Steps(steps));
        }

        return section;
    }

    private static IEnumerable<CardElement> Findings(CheckReport report, ResultLayout layout, Words check, Words common)
    {
        if (report.Findings.Count == 0)
        {
            yield return Ui.Text(check[nameof(CheckText.NoFindings)]);
            yield break;
        }

        yield return Ui.Heading(check[nameof(CheckText.FindingsHeading), report.Findings.Count]);
        var problems = FindingRows.ProblemsFirst(report.Findings.Where(f => StatusLook.IsProblem(f.Status)));
        var others = report.Findings.Where(f => !StatusLook.IsProblem(f.Status)).ToList();

        // With no problem to show, the passed checks are the content; with problems, they wait behind a toggle.
        var primary = problems.Count > 0 ? problems : others;
        var shown = primary.Take(layout.PrimaryRows).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            yield return FindingRows.Row(shown[i], DetailsId(i), layout.Primary, common);
        }

        if (primary.Count > shown.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.RowsOmitted), primary.Count - shown.Count]);
        }

        if (problems.Count == 0 || others.Count == 0)
        {
            yield break;
        }

        if (layout.Secondary == SecondaryStyle.Count)
        {
            yield return Ui.Note(check[nameof(CheckText.OthersOmitted), others.Count]);
            yield break;
        }

        const string othersId = "others";
        yield return new Container([new TextBlock(check[nameof(CheckText.OthersToggle), others.Count]) { Color = TextColor.Accent, Weight = TextWeight.Bolder }])
        {
            Separator = true,
            Spacing = Spacing.Medium,
            SelectAction = new ToggleVisibilityAction(common[nameof(CommonText.Details)], [othersId]),
        };
        IReadOnlyList<CardElement> list = layout.Secondary == SecondaryStyle.Rows
            ? [.. others.Select(f => FindingRows.Row(f, null, RowLimits.Compact, common))]
            : [FindingRows.List(others, RowLimits.Compact.Summary, common)];
        yield return new Container(list)
        {
            Id = othersId,
            IsVisible = false,
            Spacing = Spacing.None,
        };
    }

    public static string DetailsId(int index) => string.Create(CultureInfo.InvariantCulture, $"finding{index + 1}");

    private static string Fallback(CheckCardHeader header, CheckReport report, Words check, Words common)
    {
        var line = check[nameof(CheckText.ResultFallback), StatusLook.Word(report.Status, common), header.Endpoint, header.Fqdn, VerdictBanner.Facts(report, common)];
        return report.Diagnosis.Count == 0
            ? line
            : line + " " + check[nameof(CheckText.ResultFallbackCause), report.Diagnosis[0].Title[common.Language]];
    }
}
