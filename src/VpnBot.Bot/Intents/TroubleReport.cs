namespace VpnBot.Bot.Intents;

/// <summary>
/// Recognises an employee's "the VPN does not work" message in English or Japanese: a word for the VPN and a
/// word for the trouble, or a known error code with a word for connecting.
/// </summary>
public static class TroubleReport
{
    private static readonly string[] VpnWords = ["vpn", "ブイピーエヌ", "リモート接続", "remote access"];

    private static readonly string[] TroubleWords =
    [
        "connect", "won't", "wont", "can't", "cant", "cannot", "unable", "fail", "error", "not working", "doesn't work",
        "down", "broken", "drop", "disconnect", "help", "problem", "issue",
        "つなが", "繋が", "接続", "できない", "出来ない", "エラー", "失敗", "切れ", "落ち", "使えない", "入れない", "困", "ダメ", "だめ",
    ];

    private static readonly string[] ConnectWords = ["connect", "つなが", "繋が", "接続"];

    public static bool Matches(string text, bool hasErrorCode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        if (VpnWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return TroubleWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
        }

        return hasErrorCode && ConnectWords.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }
}
