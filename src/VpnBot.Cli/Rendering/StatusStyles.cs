using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>How statuses look: pass green, warn yellow, fail red, skip grey, error magenta.</summary>
internal static class StatusStyles
{
    public static string Colour(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "green",
        CheckStatus.Warn => "yellow",
        CheckStatus.Fail => "red",
        CheckStatus.Skip => "grey",
        _ => "magenta",
    };

    public static string Label(CheckStatus status, Language language) => Texts.In(language, status switch
    {
        CheckStatus.Pass => nameof(CliText.StatusPass),
        CheckStatus.Warn => nameof(CliText.StatusWarn),
        CheckStatus.Fail => nameof(CliText.StatusFail),
        CheckStatus.Skip => nameof(CliText.StatusSkip),
        _ => nameof(CliText.StatusError),
    });

    public static string Colour(ReportStatus status) => status switch
    {
        ReportStatus.Ok => "green",
        ReportStatus.Warning => "yellow",
        ReportStatus.Critical => "red",
        _ => "magenta",
    };

    public static string Label(ReportStatus status, Language language) => Texts.In(language, status switch
    {
        ReportStatus.Ok => nameof(CliText.VerdictOk),
        ReportStatus.Warning => nameof(CliText.VerdictWarning),
        ReportStatus.Critical => nameof(CliText.VerdictCritical),
        _ => nameof(CliText.VerdictUnknown),
    });
}
