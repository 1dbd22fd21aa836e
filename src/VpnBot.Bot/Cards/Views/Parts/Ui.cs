using System.Globalization;
using VpnBot.Bot.Cards.Model;

namespace VpnBot.Bot.Cards.Views.Parts;

/// <summary>
/// The few shapes every card is made of. Text the product writes goes in <see cref="TextBlock"/>s; text
/// that comes from users, servers or checks (names, summaries, evidence, steps that quote commands) goes in
/// <see cref="TextRun"/>s, which hosts never read as markdown, so it shows exactly as written.
/// </summary>
internal static class Ui
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Large, Weight = TextWeight.Bolder };

    public static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Spacing = Spacing.Large };

    /// <summary>A small bold caption over a group (<c>What to do</c>, <c>Evidence</c>).</summary>
    public static TextBlock Label(string text) =>
        new(text) { Weight = TextWeight.Bolder, Size = TextSize.Small, Spacing = Spacing.Medium };

    public static TextBlock Text(string text) => new(text);

    public static TextBlock Note(string text) => new(text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };

    /// <summary>Text shown as written (no markdown).</summary>
    public static RichTextBlock Plain(string text) => new([new TextRun(text)]);

    public static RichTextBlock Plain(params TextRun[] runs) => new(runs);

    public static TextRun Code(string text) => new(text) { FontType = FontType.Monospace };

    /// <summary>Numbered steps with a hanging indent: the number in its own column, the text wrapping beside it.</summary>
    public static Container Steps(IEnumerable<string> steps)
    {
        var rows = steps.Select((step, i) => (CardElement)new ColumnSet(
        [
            new Column([new TextBlock(string.Create(CultureInfo.InvariantCulture, $"{i + 1}.")) { Weight = TextWeight.Bolder, Wrap = false }]) { Width = "auto" },
            new Column([Plain(step)]) { Width = "stretch" },
        ])
        { Spacing = Spacing.Small }).ToList();
        return new Container(rows) { Spacing = Spacing.Small };
    }

    /// <summary>Numbered steps, each one line of plain text: a third of the size of <see cref="Steps"/>, for where many cards' worth of steps add up.</summary>
    public static Container StepLines(IEnumerable<string> steps) =>
        new([.. steps.Select((step, i) => (CardElement)Plain(
            new TextRun(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ")) { Weight = TextWeight.Bolder },
            new TextRun(step)))])
        {
            Spacing = Spacing.Small,
        };

    /// <summary>A coloured band across the card's full width: the verdict, the server's state.</summary>
    public static Container Banner(ContainerStyle style, IReadOnlyList<CardElement> items) =>
        new(items) { Style = style, Bleed = true };

    /// <summary>Two columns: a fixed-width cell on the left (a status word), the rest beside it.</summary>
    public static ColumnSet Row(CardElement left, IReadOnlyList<CardElement> right, string leftWidth) =>
        new([new Column([left]) { Width = leftWidth }, new Column(right) { Width = "stretch" }]);
}
