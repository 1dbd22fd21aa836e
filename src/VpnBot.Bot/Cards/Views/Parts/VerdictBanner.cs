using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>The result card's first lines, in the verdict's colour: what state, which endpoint, what counts, how long.</summary>
internal static class VerdictBanner
{
    public static Container Build(CheckCardHeader header, CheckReport report, Words check, Words common) =>
        Build(header, report.Status, report.Findings, report.DurationMs, check[nameof(CheckText.CheckedFrom), report.Vantage, CardTime.Local(report.StartedAt)], check, common);

    /// <param name="checkedFrom">Where and when the checks ran, as the last line says it.</param>
    public static Container Build(CheckCardHeader header, ReportStatus status, IReadOnlyCollection<Finding> findings, long durationMs, string checkedFrom, Words check, Words common)
    {
        var items = new List<CardElement>
        {
            new TextBlock(check[nameof(CheckText.VerdictTitle), StatusLook.Word(status, common), header.Endpoint])
            {
                Size = TextSize.Large,
                Weight = TextWeight.Bolder,
                Color = StatusLook.Colour(status),
            },
            Ui.Text(check[Sentence(status)]) with { Spacing = Spacing.Small },
            Ui.Plain(
                new TextRun(header.Fqdn) { Weight = TextWeight.Bolder },
                new TextRun("   " + Facts(findings, durationMs, common))),
            Ui.Note(checkedFrom),
        };
        if (header.Checks is { Count: > 0 } only)
        {
            items.Add(Ui.Note(check[nameof(CheckText.OnlyChecks), string.Join(", ", only)]));
        }

        return Ui.Banner(StatusLook.Band(status), items);
    }

    /// <summary><c>FAIL 2 · WARN 1 · PASS 15 · 4.5 s</c>.</summary>
    public static string Facts(CheckReport report, Words common) => Facts(report.Findings, report.DurationMs, common);

    public static string Facts(IReadOnlyCollection<Finding> findings, long durationMs, Words common)
    {
        var counts = StatusLook.Counts(findings, common);
        var duration = CardTime.Duration(durationMs, common);
        return counts.Length == 0 ? duration : counts + common[nameof(CommonText.CountSeparator)] + duration;
    }

    private static string Sentence(ReportStatus status) => status switch
    {
        ReportStatus.Ok => nameof(CheckText.VerdictOk),
        ReportStatus.Warning => nameof(CheckText.VerdictWarning),
        ReportStatus.Critical => nameof(CheckText.VerdictCritical),
        _ => nameof(CheckText.VerdictUnknown),
    };
}
