using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Agents.Protocol.Messages;

/// <summary>
/// Converts findings to and from the wire. The host reads what agents send with the same care as any network
/// reply: a message out of shape is refused, and every text is bounded, so one faulty or hostile agent can
/// neither break a card nor flood storage.
/// </summary>
public static partial class FindingMessages
{
    public const int MaxSubject = 200;
    public const int MaxText = 1000;
    public const int MaxEvidence = 40;
    public const int MaxEvidenceKey = 64;
    public const int MaxListItems = 20;
    public const int MaxErrorCode = 16;

    public static FindingMessage From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new FindingMessage(
            finding.Check,
            finding.Subject,
            StatusText(finding.Status),
            Text(finding.Summary),
            finding.Evidence,
            finding.ErrorCodes,
            [.. finding.Remediation.Select(Text)],
            finding.DurationMs);
    }

    /// <summary>The finding the message describes, or null when the message is out of shape.</summary>
    public static Finding? ToFinding(FindingMessage? message)
    {
        if (message is null
            || message.Check is null || !CheckIdShape().IsMatch(message.Check)
            || string.IsNullOrWhiteSpace(message.Subject)
            || ParseStatus(message.Status) is not { } status
            || ToText(message.Summary) is not { } summary)
        {
            return null;
        }

        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in message.Evidence ?? new Dictionary<string, string>())
        {
            if (evidence.Count == MaxEvidence)
            {
                break;
            }

            if (!string.IsNullOrEmpty(key) && value is not null)
            {
                evidence[Bound(key, MaxEvidenceKey)] = Bound(value, MaxText);
            }
        }

        return new Finding
        {
            Check = message.Check,
            Subject = Bound(message.Subject, MaxSubject),
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = [.. (message.ErrorCodes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Take(MaxListItems).Select(c => Bound(c, MaxErrorCode))],
            Remediation = [.. (message.Remediation ?? []).Select(ToText).OfType<LocalizedText>().Take(MaxListItems)],
            DurationMs = Math.Clamp(message.DurationMs, 0, (long)TimeSpan.FromHours(1).TotalMilliseconds),
        };
    }

    public static string StatusText(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "pass",
        CheckStatus.Warn => "warn",
        CheckStatus.Fail => "fail",
        CheckStatus.Skip => "skip",
        _ => "error",
    };

    private static CheckStatus? ParseStatus(string? text) => text switch
    {
        "pass" => CheckStatus.Pass,
        "warn" => CheckStatus.Warn,
        "fail" => CheckStatus.Fail,
        "skip" => CheckStatus.Skip,
        "error" => CheckStatus.Error,
        _ => null,
    };

    private static TextMessage Text(LocalizedText text) => new(text.En, text.Ja);

    private static LocalizedText? ToText(TextMessage? text) =>
        text is { En: { Length: > 0 } en, Ja: { Length: > 0 } ja } ? new LocalizedText(Bound(en, MaxText), Bound(ja, MaxText)) : null;

    // Control characters (other than line breaks) have no place in a card or a log line.
    private static string Bound(string text, int max)
    {
        var clean = ControlCharacters().Replace(text, string.Empty);
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max - 1), "…");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,19}(\\.[a-z0-9-]{1,20}){1,2}$")]
    private static partial Regex CheckIdShape();

    [GeneratedRegex("[\\p{Cc}-[\\r\\n\\t]]|[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex ControlCharacters();
}
