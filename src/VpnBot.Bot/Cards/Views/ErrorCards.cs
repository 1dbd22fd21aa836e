using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary>Cards for things that went wrong: never an exception text, never a secret.</summary>
public static class ErrorCards
{
    /// <summary>Longest echo of a user's value: enough to recognise it, never a wall of text.</summary>
    private const int MaxValueLength = 80;

    /// <summary>A short apology with the correlation id IT can find in the host's log.</summary>
    public static AdaptiveCard Unexpected(string correlationId, Language language)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        var error = new Words(ErrorText.ResourceManager, language);
        var title = error[nameof(ErrorText.UnexpectedTitle)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Text(error[nameof(ErrorText.UnexpectedText)]) with { Spacing = Spacing.Small },
            new FactSet([new Fact(error[nameof(ErrorText.Reference)], Markdown.Inert(correlationId))]) { Spacing = Spacing.Medium },
        };
        return CardShell.Create(language, body, title + " " + error[nameof(ErrorText.Reference)] + ": " + correlationId);
    }

    /// <summary>
    /// A polite refusal of a bad argument: which argument and what was expected. <paramref name="value"/> is
    /// the user's text, already shortened and cleaned of control and bidi characters by the caller.
    /// </summary>
    public static AdaptiveCard BadArgument(string argument, string value, LocalizedText expected, Language language)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(expected);
        var error = new Words(ErrorText.ResourceManager, language);
        var title = error[nameof(ErrorText.BadArgumentTitle)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Labelled(error[nameof(ErrorText.ArgumentLabel)], Ui.Code(argument)) with { Spacing = Spacing.Medium },
            Labelled(error[nameof(ErrorText.ValueLabel)], Ui.Code(Limits.Clip(value, MaxValueLength))),
            Labelled(error[nameof(ErrorText.ExpectedLabel)], new TextRun(expected[language])),
            Ui.Note(error[nameof(ErrorText.BadArgumentHint)]) with { Spacing = Spacing.Medium },
        };
        return CardShell.Create(language, body, title + " " + error[nameof(ErrorText.ExpectedLabel)] + " " + expected[language]);
    }

    /// <summary>An IT-only command or button used by someone who is not IT.</summary>
    public static AdaptiveCard ItOnly(Language language)
    {
        var error = new Words(ErrorText.ResourceManager, language);
        var title = error[nameof(ErrorText.ItOnlyTitle)];
        var text = error[nameof(ErrorText.ItOnlyText)];
        return CardShell.Create(language, [Ui.Title(title), Ui.Text(text) with { Spacing = Spacing.Small }], title + " " + text);
    }

    private static RichTextBlock Labelled(string label, TextRun value) =>
        Ui.Plain(new TextRun(label + "  ") { Weight = TextWeight.Bolder }, value) with { Spacing = Spacing.Small };
}
