using System.Globalization;
using System.Text;

namespace VpnBot.Bot.Input;

/// <summary>
/// Makes user text safe to parse and to show back: Unicode compatibility forms folded (full-width
/// <c>／ｖｐｎ</c> is <c>/vpn</c>), control, format and bidirectional characters removed (an RTL override
/// cannot reorder a card), whitespace collapsed.
/// </summary>
public static class UserText
{
    /// <summary>Longest piece of user text a card repeats back.</summary>
    public const int MaxShownLength = 60;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        var lastWasSpace = true;
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.Control)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(rune.ToString());
            lastWasSpace = false;
        }

        return builder.ToString().Trim();
    }

    /// <summary>A short, clean form of <paramref name="text"/> for showing in a card ("…" marks a cut).</summary>
    public static string Shown(string? text)
    {
        var clean = Normalize(text);
        return clean.Length <= MaxShownLength ? clean : string.Concat(clean.AsSpan(0, MaxShownLength - 1), "…");
    }
}
