using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Windows.Events.RasClient;

/// <summary>
/// The error code of a RasClient 20227 event. The message is "CoId={…}: The user … dialed a connection named
/// … which has failed. The error code returned on failure is 809." with the code as the last insertion string
/// (%4; %3 on Windows 7, which has no CoId). RAS and Win32 codes are decimal; HRESULTs appear as signed
/// decimals (-2146885613 = 0x80092013).
/// </summary>
internal static class RasClientErrorCode
{
    /// <summary>A rendered message longer than this is not a RasClient message; it is not searched.</summary>
    private const int MaxMessage = 4096;

    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '\u3000', '(', ')', '[', ']', ':', ',', '、', '。', '「', '」'];

    /// <summary>The code in canonical form (<c>809</c>, <c>0x80092013</c>), or null when the event carries none.</summary>
    public static string? Of(EventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        for (var i = entry.Data.Count - 1; i >= 0; i--)
        {
            if (ErrorCodeText.Normalize(entry.Data[i].Value) is { } code)
            {
                return code;
            }

            // The last insertion string is the code when there is one; stop at text (a connection named "2").
            if (!string.IsNullOrWhiteSpace(entry.Data[i].Value))
            {
                break;
            }
        }

        return entry.Message is { Length: > 0 and <= MaxMessage } message ? LastCodeIn(message) : null;
    }

    /// <summary>
    /// Rendered XML only: the last word of the message that is a code, in any language
    /// ("…is 809." / "…エラー コードは 809 です。").
    /// </summary>
    private static string? LastCodeIn(string message)
    {
        var words = message.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (ErrorCodeText.Normalize(words[i].TrimEnd('.')) is { } code)
            {
                return code;
            }
        }

        return null;
    }
}
