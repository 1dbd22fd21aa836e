using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// A check's result for an employee: the state in plain words, from inside the office network and from the
/// internet, and what it means for them. The endpoint's configured name is the only name on it: no FQDN, no
/// vantage point or server names, no addresses, check ids or evidence.
/// </summary>
internal static class EmployeeResultCard
{
    public static AdaptiveCard Build(CheckCardHeader header, CombinedReport report, Language language)
    {
        var check = new Words(CheckText.ResourceManager, language);
        var common = new Words(CommonText.ResourceManager, language);
        var title = check[nameof(CheckText.EmployeeTitle), header.Endpoint];
        var verdict = check[Verdict(report.Status)];
        var sides = new[] { VantageKind.Inside, VantageKind.Outside }
            .Select(kind => (Kind: kind, Status: Side(report, kind)))
            .Where(side => side.Status is not null)
            .Select(side => (side.Kind, Status: side.Status!.Value))
            .ToList();

        var banner = new List<CardElement> { new TextBlock(verdict) { Weight = TextWeight.Bolder, Color = StatusLook.Colour(report.Status) } };
        banner.AddRange(sides.Select(side => Row(side.Kind, side.Status, check)));
        var body = new List<CardElement>
        {
            Ui.Title(title),
            new Container(banner) { Style = StatusLook.Band(report.Status), Spacing = Spacing.Medium },
            Ui.Text(check[Advice(report.Status, sides)]) with { Spacing = Spacing.Medium },
            Ui.Note(check[nameof(CheckText.EmployeeCheckedAt), CardTime.Local(report.StartedAt)]),
        };
        return CardShell.Create(language, body, title + ": " + verdict);
    }

    /// <summary>The state seen from one side of the network, or null when no vantage point looked from there.</summary>
    private static ReportStatus? Side(CombinedReport report, VantageKind kind)
    {
        var reports = report.Reports.Where(r => r.Point.Kind == kind).ToList();
        return reports.Count == 0 ? null : reports.SelectMany(r => r.Report.Findings).Summarize();
    }

    private static ColumnSet Row(VantageKind kind, ReportStatus status, Words check) => new(
    [
        new Column([new TextBlock(check[kind == VantageKind.Inside ? nameof(CheckText.EmployeeFromInside) : nameof(CheckText.EmployeeFromOutside)])]) { Width = "stretch" },
        new Column([new TextBlock(check[State(status)]) { Weight = TextWeight.Bolder, Color = StatusLook.Colour(status) }]) { Width = "auto" },
    ])
    {
        Spacing = Spacing.Small,
    };

    private static string Verdict(ReportStatus status) => status switch
    {
        ReportStatus.Ok => nameof(CheckText.EmployeeVerdictOk),
        ReportStatus.Warning => nameof(CheckText.EmployeeVerdictWarning),
        ReportStatus.Critical => nameof(CheckText.EmployeeVerdictCritical),
        _ => nameof(CheckText.EmployeeVerdictUnknown),
    };

    private static string State(ReportStatus status) => status switch
    {
        ReportStatus.Ok => nameof(CheckText.EmployeeSideOk),
        ReportStatus.Warning => nameof(CheckText.EmployeeSideWarning),
        ReportStatus.Critical => nameof(CheckText.EmployeeSideCritical),
        _ => nameof(CheckText.EmployeeSideUnknown),
    };

    /// <summary>A problem only the internet sees matters to people at home, not in the office: say so.</summary>
    private static string Advice(ReportStatus status, IReadOnlyList<(VantageKind Kind, ReportStatus Status)> sides)
    {
        if (status != ReportStatus.Critical)
        {
            return nameof(CheckText.EmployeeAdviceWorking);
        }

        var outsideOnly = sides.Any(s => s is { Kind: VantageKind.Outside, Status: ReportStatus.Critical })
            && sides.Any(s => s is { Kind: VantageKind.Inside, Status: not ReportStatus.Critical });
        return outsideOnly ? nameof(CheckText.EmployeeAdviceOutside) : nameof(CheckText.EmployeeAdviceCritical);
    }
}
