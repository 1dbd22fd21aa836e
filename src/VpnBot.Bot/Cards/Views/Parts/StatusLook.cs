using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// How statuses look, in the colours Teams' themes define: failures red (attention), warnings amber, passes
/// green, checks that could not complete accent, skips subtle. Words go with the colours, never colour alone.
/// </summary>
internal static class StatusLook
{
    /// <summary>Width of the status column: the longest word (<c>スキップ</c>, <c>ERROR</c>) on one line.</summary>
    public const string ColumnWidth = "64px";

    public static TextColor Colour(CheckStatus status) => status switch
    {
        CheckStatus.Pass => TextColor.Good,
        CheckStatus.Warn => TextColor.Warning,
        CheckStatus.Fail => TextColor.Attention,
        CheckStatus.Error => TextColor.Accent,
        _ => TextColor.Default,
    };

    public static string Word(CheckStatus status, Words common) => common[status switch
    {
        CheckStatus.Pass => nameof(CommonText.StatusPass),
        CheckStatus.Warn => nameof(CommonText.StatusWarn),
        CheckStatus.Fail => nameof(CommonText.StatusFail),
        CheckStatus.Skip => nameof(CommonText.StatusSkip),
        _ => nameof(CommonText.StatusError),
    }];

    /// <summary>The status word as the left cell of a row.</summary>
    public static TextBlock Badge(CheckStatus status, Words common) => new(Word(status, common))
    {
        Weight = TextWeight.Bolder,
        Color = Colour(status),
        IsSubtle = status == CheckStatus.Skip ? true : null,
        Wrap = null,
    };

    /// <summary>Fail, warn and error come first on every card: they are what the reader is looking for.</summary>
    public static int Rank(CheckStatus status) => status switch
    {
        CheckStatus.Fail => 0,
        CheckStatus.Warn => 1,
        CheckStatus.Error => 2,
        CheckStatus.Pass => 3,
        _ => 4,
    };

    public static bool IsProblem(CheckStatus status) => status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error;

    public static TextColor Colour(ReportStatus status) => status switch
    {
        ReportStatus.Ok => TextColor.Good,
        ReportStatus.Warning => TextColor.Warning,
        ReportStatus.Critical => TextColor.Attention,
        _ => TextColor.Accent,
    };

    public static ContainerStyle Band(ReportStatus status) => status switch
    {
        ReportStatus.Ok => ContainerStyle.Good,
        ReportStatus.Warning => ContainerStyle.Warning,
        ReportStatus.Critical => ContainerStyle.Attention,
        _ => ContainerStyle.Emphasis,
    };

    public static string Word(ReportStatus status, Words common) => common[status switch
    {
        ReportStatus.Ok => nameof(CommonText.ReportOk),
        ReportStatus.Warning => nameof(CommonText.ReportWarning),
        ReportStatus.Critical => nameof(CommonText.ReportCritical),
        _ => nameof(CommonText.ReportUnknown),
    }];

    /// <summary>Counts in the order a reader scans for trouble, zeros left out: <c>FAIL 2 · WARN 1 · PASS 15</c>.</summary>
    public static string Counts(IReadOnlyCollection<Finding> findings, Words common)
    {
        var parts = new[] { CheckStatus.Fail, CheckStatus.Warn, CheckStatus.Error, CheckStatus.Pass, CheckStatus.Skip }
            .Select(status => (status, count: findings.Count(f => f.Status == status)))
            .Where(pair => pair.count > 0)
            .Select(pair => common[nameof(CommonText.Count), Word(pair.status, common), pair.count]);
        return string.Join(common[nameof(CommonText.CountSeparator)], parts);
    }
}
