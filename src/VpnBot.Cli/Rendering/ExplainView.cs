using System.Globalization;
using Spectre.Console;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Input;
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
        var prose = new Prose(console);
        void Heading(string name) => console.MarkupLine($"[bold]{Markup.Escape(Texts.In(language, name))}[/]");

        console.MarkupLine($"[bold]{TerminalText.Markup(entry.Code)}[/]  {TerminalText.Markup(entry.Symbol)}");
        if (!string.Equals(asTyped.Trim(), entry.Code, StringComparison.OrdinalIgnoreCase))
        {
            prose.Paragraph(Texts.In(language, nameof(CliText.ExplainLookedUpAs), InputError.Shown(asTyped.Trim()), entry.Code), 0, "grey");
        }

        console.WriteLine();
        Heading(nameof(CliText.ExplainMeaning));
        prose.Paragraph(entry.Meaning[language], 3);
        if (entry.Causes.Count > 0)
        {
            console.WriteLine();
            Heading(nameof(CliText.ExplainCauses));
            for (var i = 0; i < entry.Causes.Count; i++)
            {
                var cause = entry.Causes[i];
                prose.Item(string.Create(CultureInfo.InvariantCulture, $"{i + 1}."), cause.Text[language], 3);
                if (cause.Checks.Count > 0)
                {
                    prose.Paragraph(Texts.In(language, nameof(CliText.ExplainConfirmWith), string.Join(", ", cause.Checks)), 6, "grey");
                }
            }
        }

        if (entry.Steps.Count > 0)
        {
            console.WriteLine();
            Heading(nameof(CliText.ExplainSteps));
            ReportView.WriteSteps(prose, entry.Steps, language, 3);
        }
    }
}
