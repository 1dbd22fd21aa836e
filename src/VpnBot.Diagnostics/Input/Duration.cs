using System.Globalization;

namespace VpnBot.Diagnostics.Input;

/// <summary>Durations as administrators write them: <c>5s</c>, <c>1500ms</c>, <c>2m</c>, <c>1.5s</c>, or <c>00:00:05</c>.</summary>
public static class Duration
{
    /// <summary>Parses a duration between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public static Parsed<TimeSpan> Parse(string? text, TimeSpan min, TimeSpan max)
    {
        var value = ParseUnbounded(text);
        if (value is not { } span || span < min || span > max)
        {
            return Parsed<TimeSpan>.Failure(Localization.LocalizedText.Format(
                InputText.ResourceManager, nameof(InputText.ExpectedDuration), Format(min), Format(max)));
        }

        return Parsed<TimeSpan>.Success(span);
    }

    /// <summary>Short form for messages: <c>500ms</c>, <c>5s</c>, <c>10m</c>.</summary>
    public static string Format(TimeSpan span) =>
        span.TotalSeconds < 1 ? $"{span.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}ms"
        : span.TotalMinutes < 1 ? $"{span.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s"
        : $"{span.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m";

    private static TimeSpan? ParseUnbounded(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32)
        {
            return null;
        }

        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return TimeSpan.TryParseExact(trimmed, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var clock)
                || TimeSpan.TryParseExact(trimmed, @"hh\:mm\:ss\.FFFFFFF", CultureInfo.InvariantCulture, out clock)
                ? clock
                : null;
        }

        (string number, double scale) = trimmed switch
        {
            _ when trimmed.EndsWith("ms", StringComparison.Ordinal) => (trimmed[..^2], 1.0),
            _ when trimmed.EndsWith('s') => (trimmed[..^1], 1000.0),
            _ when trimmed.EndsWith('m') => (trimmed[..^1], 60_000.0),
            _ => (trimmed, 1000.0),
        };

        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && double.IsFinite(amount)
            ? TimeSpan.FromMilliseconds(amount * scale)
            : null;
    }
}
