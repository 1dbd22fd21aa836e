namespace VpnBot.Host.LocalChat.Sending;

/// <summary>The locales the page's language switch offers; anything else falls back to English.</summary>
internal static class PageLocale
{
    public const string English = "en-US";
    public const string Japanese = "ja-JP";

    public static string Of(string? requested) =>
        string.Equals(requested, Japanese, StringComparison.OrdinalIgnoreCase) ? Japanese : English;
}
