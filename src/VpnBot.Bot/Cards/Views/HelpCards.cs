using VpnBot.Bot.Cards.Model;
using VpnBot.Bot.Cards.Text;
using VpnBot.Bot.Cards.Views.Parts;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Cards.Views;

/// <summary><c>/vpn help</c>, the short help for anything the bot did not understand, and <c>/vpn lang</c>.</summary>
public static class HelpCards
{
    /// <summary>Every command with a one-line description and an example; IT-only commands only for IT.</summary>
    public static AdaptiveCard Help(Audience audience, Language language)
    {
        var help = new Words(HelpText.ResourceManager, language);
        var title = help[nameof(HelpText.Title)];
        var body = new List<CardElement>
        {
            Ui.Title(title),
            Ui.Text(help[audience == Audience.It ? nameof(HelpText.IntroIt) : nameof(HelpText.IntroEmployee)]) with { Spacing = Spacing.Small },
        };
        body.AddRange(Commands(audience).Select(command => Command(command, help)));
        var fallback = title + ": " + string.Join(", ", Commands(audience).Select(command => help[command.Syntax]));
        return CardShell.Create(language, body, fallback);
    }

    /// <summary>For text the bot did not understand: one sentence and the three most useful commands.</summary>
    public static AdaptiveCard Fallback(Audience audience, Language language)
    {
        var help = new Words(HelpText.ResourceManager, language);
        var title = help[nameof(HelpText.FallbackTitle)];
        var useful = Commands(audience).Take(3).ToList();
        var body = new List<CardElement> { Ui.Title(title), Ui.Text(help[nameof(HelpText.FallbackText)]) with { Spacing = Spacing.Small } };
        body.AddRange(useful.Select(command => Command(command, help)));
        body.Add(Ui.Note(help[nameof(HelpText.FallbackMore)]) with { Spacing = Spacing.Medium });
        return CardShell.Create(language, body, title + " " + help[nameof(HelpText.FallbackMore)]);
    }

    /// <summary>Confirms the language the user chose (in that language).</summary>
    public static AdaptiveCard LanguageSet(Language language)
    {
        var help = new Words(HelpText.ResourceManager, language);
        var text = help[nameof(HelpText.LanguageSet)];
        var hint = help[nameof(HelpText.LanguageSetHint)];
        return CardShell.Create(language, [Ui.Text(text) with { Weight = TextWeight.Bolder }, Ui.Note(hint)], text + " " + hint);
    }

    /// <summary>The commands in the order a newcomer needs them: the main job first.</summary>
    private static IEnumerable<HelpCommand> Commands(Audience audience) => audience == Audience.It
        ?
        [
            new(nameof(HelpText.CheckSyntax), nameof(HelpText.CheckDescription), nameof(HelpText.CheckExample)),
            new(nameof(HelpText.ExplainSyntax), nameof(HelpText.ExplainDescription), nameof(HelpText.ExplainExample)),
            new(nameof(HelpText.StatusSyntax), nameof(HelpText.StatusDescriptionIt), null),
            new(nameof(HelpText.AgentsSyntax), nameof(HelpText.AgentsDescription), nameof(HelpText.AgentsExample)),
            new(nameof(HelpText.FixSyntax), nameof(HelpText.FixDescription), nameof(HelpText.FixExample)),
            new(nameof(HelpText.AuditSyntax), nameof(HelpText.AuditDescription), null),
            new(nameof(HelpText.LangSyntax), nameof(HelpText.LangDescription), nameof(HelpText.LangExample)),
            new(nameof(HelpText.HelpSyntax), nameof(HelpText.HelpDescription), null),
        ]
        :
        [
            new(nameof(HelpText.ReportSyntax), nameof(HelpText.ReportDescription), null, Phrase: true),
            new(nameof(HelpText.ExplainSyntax), nameof(HelpText.ExplainDescription), nameof(HelpText.ExplainExample)),
            new(nameof(HelpText.StatusSyntax), nameof(HelpText.StatusDescriptionEmployee), null),
            new(nameof(HelpText.LangSyntax), nameof(HelpText.LangDescription), nameof(HelpText.LangExample)),
            new(nameof(HelpText.HelpSyntax), nameof(HelpText.HelpDescription), null),
        ];

    private static Container Command(HelpCommand command, Words help)
    {
        var items = new List<CardElement>
        {
            Ui.Plain((command.Phrase ? new TextRun(help[command.Syntax]) : Ui.Code(help[command.Syntax])) with { Weight = TextWeight.Bolder, Color = TextColor.Accent }),
            Ui.Text(help[command.Description]) with { Spacing = Spacing.None },
        };
        if (command.Example is { } example)
        {
            items.Add(Ui.Plain(new TextRun(help[nameof(HelpText.ExampleLabel)] + " ") { IsSubtle = true, Size = TextSize.Small }, Ui.Code(help[example]) with { IsSubtle = true, Size = TextSize.Small }) with { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Medium };
    }

    /// <summary>Resource names of a command's syntax, description and optional example; a phrase is something to write in plain words, not a command.</summary>
    private sealed record HelpCommand(string Syntax, string Description, string? Example, bool Phrase = false);
}
