using Spectre.Console;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Cli.Rendering;

/// <summary>One error code for a person: meaning, likely causes with the checks that confirm each, steps.</summary>
internal static class ExplainView
{
    public static void Write(IAnsiConsole console, ErrorCodeEntry entry, string asTyped, Language language)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(asTyped);
        string Heading(string name) => $"[bold]{Markup.Escape(Texts.In(language, name))}[/]";

        console.MarkupLine($"[bold]{TerminalText.Markup(entry.Code)}[/]  {TerminalText.Markup(entry.Symbol)}");
        if (!string.Equals(asTyped.Trim(), entry.Code, StringComparison.OrdinalIgnoreCase))
        {
            console.MarkupLine($"[grey]{TerminalText.Markup(Texts.In(language, nameof(CliText.ExplainLookedUpAs), InputShown(asTyped), entry.Code))}[/]");
        }

        console.WriteLine();
        console.MarkupLine(Heading(nameof(CliText.ExplainMeaning)));
        console.Write(ReportView.Indented(new Markup(TerminalText.Markup(entry.Meaning[language]))));
        if (entry.Causes.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine(Heading(nameof(CliText.ExplainCauses)));
            for (var i = 0; i < entry.Causes.Count; i++)
            {
                var cause = entry.Causes[i];
                console.Write(ReportView.Indented(new Markup($"{i + 1}. {TerminalText.Markup(cause.Text[language])}")));
                if (cause.Checks.Count > 0)
                {
                    var checks = Texts.In(language, nameof(CliText.ExplainConfirmWith), string.Join(", ", cause.Checks));
                    console.Write(ReportView.Indented(new Markup($"[grey]{TerminalText.Markup(checks)}[/]"), 6));
                }
            }
        }

        if (entry.Steps.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine(Heading(nameof(CliText.ExplainSteps)));
            console.Write(new Rows(ReportView.Steps(entry.Steps, language, 3)));
        }
    }

    private static string InputShown(string text) => Diagnostics.Input.InputError.Shown(text.Trim());
}
