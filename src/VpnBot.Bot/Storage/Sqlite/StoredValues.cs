using VpnBot.Bot.Conversations;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Storage.Sqlite;

/// <summary>
/// How values are written to columns: enums as stable lowercase words (readable in the file, and immune to
/// reordering of the enum), times as UTC unix milliseconds. Reading an unknown word gives null, never an
/// exception, so one damaged row cannot break a whole read.
/// </summary>
internal static class StoredValues
{
    public static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromUnixMs(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static string ToText(ConversationKind kind) => kind switch
    {
        ConversationKind.Personal => "personal",
        ConversationKind.GroupChat => "groupChat",
        ConversationKind.Channel => "channel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown conversation kind."),
    };

    public static ConversationKind? ToConversationKind(string text) => text switch
    {
        "personal" => ConversationKind.Personal,
        "groupChat" => ConversationKind.GroupChat,
        "channel" => ConversationKind.Channel,
        _ => null,
    };

    /// <summary>The words of <c>vpnbot check --json</c>.</summary>
    public static string ToText(ReportStatus status) => status switch
    {
        ReportStatus.Ok => "ok",
        ReportStatus.Warning => "warning",
        ReportStatus.Critical => "critical",
        ReportStatus.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown report status."),
    };

    public static ReportStatus? ToReportStatus(string text) => text switch
    {
        "ok" => ReportStatus.Ok,
        "warning" => ReportStatus.Warning,
        "critical" => ReportStatus.Critical,
        "unknown" => ReportStatus.Unknown,
        _ => null,
    };

    public static string ToText(Language language) => language switch
    {
        Language.English => "en",
        Language.Japanese => "ja",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    public static Language? ToLanguage(string text) => text switch
    {
        "en" => Language.English,
        "ja" => Language.Japanese,
        _ => null,
    };
}
