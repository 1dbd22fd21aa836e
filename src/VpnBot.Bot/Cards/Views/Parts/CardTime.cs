using System.Globalization;
using VpnBot.Bot.Cards.Text;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>Times on cards: in the reader's own time zone where the host can do it, in UTC where it cannot.</summary>
internal static class CardTime
{
    /// <summary>
    /// Date and time for a <c>TextBlock</c>: Teams (and the official renderer) replace the DATE and TIME functions
    /// with the reader's local date and time, formatted for the card's language.
    /// </summary>
    public static string Local(DateTimeOffset time)
    {
        var utc = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, COMPACT)}}}} {{{{TIME({utc})}}}}";
    }

    /// <summary>For fallback text and notifications, where no function is evaluated.</summary>
    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><c>just now</c>, <c>3 minutes ago</c>, <c>2 hours ago</c>, <c>5 days ago</c>.</summary>
    public static string Ago(DateTimeOffset then, DateTimeOffset now, Words common)
    {
        var elapsed = now - then;
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            return common[nameof(CommonText.AgoJustNow)];
        }

        if (elapsed < TimeSpan.FromHours(1))
        {
            return Pick((int)elapsed.TotalMinutes, nameof(CommonText.AgoMinute), nameof(CommonText.AgoMinutes), common);
        }

        return elapsed < TimeSpan.FromDays(1)
            ? Pick((int)elapsed.TotalHours, nameof(CommonText.AgoHour), nameof(CommonText.AgoHours), common)
            : Pick((int)elapsed.TotalDays, nameof(CommonText.AgoDay), nameof(CommonText.AgoDays), common);
    }

    /// <summary><c>850 ms</c> under a second, <c>4.5 s</c> above.</summary>
    public static string Duration(long milliseconds, Words common) =>
        milliseconds < 1000
            ? common[nameof(CommonText.DurationMs), milliseconds]
            : common[nameof(CommonText.DurationSeconds), milliseconds / 1000.0];

    private static string Pick(int count, string one, string many, Words common) => count == 1 ? common[one] : common[many, count];
}
