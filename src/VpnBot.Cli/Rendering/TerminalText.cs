using System.Globalization;
using System.Text;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// Text that came from the network (a DNS answer, a certificate field, a server banner) or from the
/// user, made safe to print: control and bidirectional-formatting characters are escaped so they cannot
/// move the cursor or reorder the line, and markup brackets are escaped for Spectre.Console.
/// </summary>
internal static class TerminalText
{
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Clean(text));

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? builder = null;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var unsafeRune = Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
            if (unsafeRune && builder is null)
            {
                builder = new StringBuilder(text.Length + 8).Append(text, 0, i);
            }

            if (builder is not null)
            {
                if (unsafeRune)
                {
                    builder.Append(rune.Value <= 0xFFFF ? $"\\u{rune.Value:X4}" : $"\\U{rune.Value:X8}");
                }
                else
                {
                    builder.Append(rune.ToString());
                }
            }

            i += rune.Utf16SequenceLength;
        }

        return builder?.ToString() ?? text;
    }
}
