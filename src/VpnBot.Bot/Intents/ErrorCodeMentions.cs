using System.Text.RegularExpressions;
using VpnBot.Diagnostics.KnowledgeBase;

namespace VpnBot.Bot.Intents;

/// <summary>
/// Finds Windows VPN error codes in free text ("error 809", "エラー868", "0x800B0109", "-2147024028"). Only
/// codes the knowledge base knows count, so "200 users" or "port 443" are not taken for codes.
/// </summary>
public static partial class ErrorCodeMentions
{
    public static IReadOnlyList<ErrorCodeEntry> Find(string text, IErrorCodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        var found = new List<ErrorCodeEntry>();
        foreach (Match match in Candidate().Matches(text))
        {
            var lookup = catalog.Find(match.Value);
            if (lookup.Entry is { } entry && !found.Contains(entry))
            {
                found.Add(entry);
            }
        }

        return found;
    }

    // Digits must not touch other digits or letters of a hex number; Japanese text runs straight into them ("エラー868").
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:0[xX][0-9A-Fa-f]{1,8}|-[0-9]{6,11}|[0-9]{3,5})(?![0-9A-Za-z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Candidate();
}
