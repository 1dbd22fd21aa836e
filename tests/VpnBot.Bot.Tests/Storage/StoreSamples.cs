using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Storage;

/// <summary>Records as the bot writes them, with times on whole milliseconds (the precision stores keep).</summary>
internal static class StoreSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 26, 12, 0, 0, 123, TimeSpan.Zero);

    public static ConversationRecord Conversation(string key, DateTimeOffset? updatedAt = null) => new(
        key,
        ConversationKind.Personal,
        "tenant-1",
        "aad-" + key,
        "{\"conversation\":{\"id\":\"" + key + "\"},\"serviceUrl\":\"https://smba.example.com/\"}",
        updatedAt ?? Noon);

    public static CheckRecord Check(string endpoint, DateTimeOffset startedAt, ReportStatus status = ReportStatus.Critical) => new()
    {
        Endpoint = endpoint,
        Fqdn = endpoint + ".vpn.example.local",
        StartedAt = startedAt,
        DurationMs = 1234,
        Status = status,
        Counts = new FindingCounts(5, 1, 2, 3, 0),
        TopCauseId = "dns.missing-a-record",
        TopCauseTitle = new LocalizedText("The VPN name has no A record", "VPN の名前に A レコードがありません"),
        RequestedBy = "29:user-1",
        ReportJson = "{\"target\":\"" + endpoint + "\",\"status\":\"critical\",\"findings\":[]}",
    };
}
