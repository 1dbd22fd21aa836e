using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// The human report: what was checked from where, the findings table, the likely causes with the error
/// codes they explain and the steps that fix them, and a last line with the verdict.
/// </summary>
internal static class ReportView
{
    public static void Write(IAnsiConsole console, CheckReport report, Language language, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        string Say(string name, params object?[] args) => Texts.In(language, name, args);

        var started = report.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]{Markup.Escape(Say(nameof(CliText.ReportHeading), TerminalText.Clean(report.Target), TerminalText.Clean(report.Vantage), started))}[/]");
        if (report.Findings.Count == 0)
        {
            console.WriteLine(Say(nameof(CliText.NoChecks)));
        }
        else
        {
            console.Write(FindingTable.Create(report.Findings, language, terminal));
        }

        if (report.Diagnosis.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(Say(nameof(CliText.DiagnosisHeading)))}[/]");
            for (var i = 0; i < report.Diagnosis.Count; i++)
            {
                console.Write(Cause(report.Diagnosis[i], i + 1, language));
            }
        }
        else if (report.Status != ReportStatus.Ok)
        {
            console.WriteLine();
            WriteStepsFromFindings(console, report, language);
        }

        console.WriteLine();
        console.MarkupLine(Verdict(report, language));
    }

    /// <summary>The closing line: status, target, counts by status and the run's duration.</summary>
    public static string Verdict(CheckReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        int Count(CheckStatus status) => report.Findings.Count(f => f.Status == status);
        var line = Texts.In(
            language,
            nameof(CliText.Verdict),
            StatusStyles.Label(report.Status, language),
            TerminalText.Clean(report.Target),
            Count(CheckStatus.Pass),
            Count(CheckStatus.Warn),
            Count(CheckStatus.Fail),
            Count(CheckStatus.Skip),
            Count(CheckStatus.Error),
            report.DurationMs);
        return $"[bold {StatusStyles.Colour(report.Status)}]{Markup.Escape(line)}[/]";
    }

    private static Rows Cause(Cause cause, int rank, Language language)
    {
        string Say(string name, params object?[] args) => Texts.In(language, name, args);
        var lines = new List<IRenderable>
        {
            new Markup($"[bold]{rank}. {TerminalText.Markup(cause.Title[language])}[/] [grey]({Markup.Escape(Say(nameof(CliText.CauseScore), cause.Score))})[/]"),
            Indented(new Markup(TerminalText.Markup(cause.Explanation[language]))),
        };
        if (cause.ErrorCodes.Count > 0)
        {
            lines.Add(Indented(new Markup(TerminalText.Markup(Say(nameof(CliText.CauseExplains), string.Join(", ", cause.ErrorCodes))))));
        }

        if (cause.Checks.Count > 0)
        {
            lines.Add(Indented(new Markup(TerminalText.Markup(Say(nameof(CliText.CauseSupportedBy), string.Join(", ", cause.Checks))))));
        }

        if (cause.Remediation.Count > 0)
        {
            lines.Add(Indented(new Markup(Markup.Escape(Say(nameof(CliText.CauseSteps))))));
            lines.AddRange(Steps(cause.Remediation, language, 6));
        }

        return new Rows(lines);
    }

    /// <summary>When no rule names a cause, the steps the failing findings carry are the best advice there is.</summary>
    private static void WriteStepsFromFindings(IAnsiConsole console, CheckReport report, Language language)
    {
        var steps = report.Findings
            .Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error)
            .SelectMany(f => f.Remediation)
            .DistinctBy(step => step[language], StringComparer.Ordinal)
            .ToList();
        console.WriteLine(Texts.In(language, nameof(CliText.NoCause)));
        if (steps.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(Texts.In(language, nameof(CliText.StepsHeading)))}[/]");
            console.Write(new Rows(Steps(steps, language, 2)));
        }
    }

    /// <summary>Numbered steps, each indented on its own so a short step carries no padding to the width of a long one.</summary>
    public static IEnumerable<IRenderable> Steps(IReadOnlyList<LocalizedText> steps, Language language, int left)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return steps.Select((step, i) => Indented(new Markup($"{i + 1}. {TerminalText.Markup(step[language])}"), left));
    }

    public static IRenderable Indented(IRenderable content, int left = 3) => new Padder(content, new Padding(left, 0, 0, 0));
}
