using System.Text;
using Spectre.Console;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// Line breaking that works for Japanese as well as English: breaks at spaces, and between East Asian
/// wide characters (Japanese is written without spaces), never before closing punctuation or after an
/// opening bracket. Widths are terminal cells (a wide character takes two).
/// </summary>
internal static class TextWrap
{
    // Characters a line must not start with (kinsoku): closing brackets and punctuation, small kana, the long vowel mark.
    private const string NoBreakBefore = ")]}）］｝」』】〕〉》、。，．・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?%％";

    // Characters a line must not end with: opening brackets.
    private const string NoBreakAfter = "([{（［｛「『【〔〈《";

    public static IReadOnlyList<string> Lines(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(width, 8);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var (unit, spaceBefore) in Units(text))
        {
            var unitWidth = unit.GetCellWidth();
            var gap = spaceBefore && line.Length > 0 ? 1 : 0;
            if (lineWidth + gap + unitWidth <= width)
            {
                line.Append(' ', gap).Append(unit);
                lineWidth += gap + unitWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            foreach (var c in unit)
            {
                var cell = Math.Max(c.GetCellWidth(), 0);
                if (lineWidth + cell > width && line.Length > 0 && !char.IsLowSurrogate(c))
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                line.Append(c);
                lineWidth += cell;
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Unbreakable pieces: a run of narrow characters, or one wide character with the punctuation glued to it.</summary>
    private static IEnumerable<(string Unit, bool SpaceBefore)> Units(string text)
    {
        var unit = new StringBuilder();
        var spaceBefore = false;
        var unitIsWide = false;
        var glueNext = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (unit.Length > 0)
                {
                    yield return (unit.ToString(), spaceBefore);
                    unit.Clear();
                }

                spaceBefore = true;
                glueNext = false;
                continue;
            }

            var wide = c.GetCellWidth() > 1;
            var boundary = unit.Length > 0 && !glueNext && !NoBreakBefore.Contains(c, StringComparison.Ordinal) && (wide || unitIsWide);
            if (boundary)
            {
                yield return (unit.ToString(), spaceBefore);
                unit.Clear();
                spaceBefore = false;
            }

            if (unit.Length == 0)
            {
                unitIsWide = wide;
            }

            unit.Append(c);
            glueNext = NoBreakAfter.Contains(c, StringComparison.Ordinal);
        }

        if (unit.Length > 0)
        {
            yield return (unit.ToString(), spaceBefore);
        }
    }
}
