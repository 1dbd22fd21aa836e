using Spectre.Console;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// Paragraphs and numbered items wrapped to the console's width with <see cref="TextWrap"/>, so Japanese
/// breaks where Japanese may break and continuation lines hang under the text, not under the number.
/// </summary>
internal sealed class Prose(IAnsiConsole console)
{
    /// <summary>Writes <paramref name="text"/> (plain, not markup) indented by <paramref name="indent"/> columns.</summary>
    public void Paragraph(string text, int indent, string? style = null) => Item(string.Empty, text, indent, style);

    /// <summary>Writes <paramref name="marker"/> (<c>1.</c>) and <paramref name="text"/>, continuation lines aligned with the text.</summary>
    public void Item(string marker, string text, int indent, string? style = null)
    {
        ArgumentNullException.ThrowIfNull(marker);
        var lead = marker.Length == 0 ? 0 : marker.Length + 1;
        var lines = TextWrap.Lines(TerminalText.Clean(text), console.Profile.Width - indent - lead - 1);
        for (var i = 0; i < lines.Count; i++)
        {
            var prefix = new string(' ', indent) + (i == 0 && lead > 0 ? marker + " " : new string(' ', lead));
            var body = Markup.Escape(lines[i]);
            console.MarkupLine(style is null ? prefix + body : $"{prefix}[{style}]{body}[/]");
        }
    }
}
