using System.Globalization;
using Spectre.Console;
using VpnBot.Cli.Localization;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Cli.Rendering;

/// <summary>
/// The human report: what was checked from where, the findings table, the likely causes with the error
/// codes they explain and the steps that fix them, and the verdict: the first line when the output
/// is redirected (monitoring systems read it as the status), the last line on a terminal.
/// </summary>
internal static class ReportView
{
    public static void Write(IAnsiConsole console, CheckReport report, Language language, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        string Say(string name, params object?[] args) => Texts.In(language, name, args);
        var prose = new Prose(console);

        // Redirected output is what a monitoring system reads, and it takes the first line as the
        // service's status (the monitoring-plugin convention); a person at a terminal reads to the end.
        if (!terminal)
        {
            console.MarkupLine(Verdict(report, language));
        }

        var started = report.StartedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]{TerminalText.Markup(Say(nameof(CliText.ReportHeading), report.Target, report.Vantage, started))}[/]");
        if (report.Findings.Count == 0)
        {
            prose.Paragraph(Say(nameof(CliText.NoChecks)), 0);
        }
        else
        {
            console.Write(FindingTable.Create(report.Findings, language, terminal, console.Profile.Width));
        }

        if (report.Diagnosis.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(Say(nameof(CliText.DiagnosisHeading)))}[/]");
            for (var i = 0; i < report.Diagnosis.Count; i++)
            {
                WriteCause(prose, console, report.Diagnosis[i], i + 1, language);
            }
        }
        else if (report.Status != ReportStatus.Ok)
        {
            console.WriteLine();
            WriteStepsFromFindings(prose, console, report, language);
        }

        if (terminal)
        {
            console.WriteLine();
            console.MarkupLine(Verdict(report, language));
        }
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
            report.Target,
            Count(CheckStatus.Pass),
            Count(CheckStatus.Warn),
            Count(CheckStatus.Fail),
            Count(CheckStatus.Skip),
            Count(CheckStatus.Error),
            report.DurationMs);
        return $"[bold {StatusStyles.Colour(report.Status)}]{TerminalText.Markup(line)}[/]";
    }

    /// <summary>Numbered steps under a heading indent.</summary>
    public static void WriteSteps(Prose prose, IReadOnlyList<LocalizedText> steps, Language language, int indent)
    {
        ArgumentNullException.ThrowIfNull(prose);
        ArgumentNullException.ThrowIfNull(steps);
        for (var i = 0; i < steps.Count; i++)
        {
            prose.Item(string.Create(CultureInfo.InvariantCulture, $"{i + 1}."), steps[i][language], indent);
        }
    }

    private static void WriteCause(Prose prose, IAnsiConsole console, Cause cause, int rank, Language language)
    {
        string Say(string name, params object?[] args) => Texts.In(language, name, args);
        console.MarkupLine($"[bold]{rank}. {TerminalText.Markup(cause.Title[language])}[/] [grey]({Markup.Escape(Say(nameof(CliText.CauseScore), cause.Score))})[/]");
        prose.Paragraph(cause.Explanation[language], 3);
        if (cause.ErrorCodes.Count > 0)
        {
            prose.Paragraph(Say(nameof(CliText.CauseExplains), string.Join(", ", cause.ErrorCodes)), 3);
        }

        if (cause.Checks.Count > 0)
        {
            prose.Paragraph(Say(nameof(CliText.CauseSupportedBy), string.Join(", ", cause.Checks)), 3);
        }

        if (cause.ConfirmWith.Count > 0)
        {
            prose.Paragraph(Say(nameof(CliText.CauseConfirmWith), string.Join(", ", cause.ConfirmWith)), 3);
        }

        if (cause.Remediation.Count > 0)
        {
            prose.Paragraph(Say(nameof(CliText.CauseSteps)), 3);
            WriteSteps(prose, cause.Remediation, language, 6);
        }
    }

    /// <summary>When no rule names a cause, the steps the failing findings carry are the best advice there is.</summary>
    private static void WriteStepsFromFindings(Prose prose, IAnsiConsole console, CheckReport report, Language language)
    {
        var steps = report.Findings
            .Where(f => f.Status is CheckStatus.Fail or CheckStatus.Warn or CheckStatus.Error)
            .SelectMany(f => f.Remediation)
            .DistinctBy(step => step[language], StringComparer.Ordinal)
            .ToList();
        prose.Paragraph(Texts.In(language, nameof(CliText.NoCause)), 0);
        if (steps.Count > 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(Texts.In(language, nameof(CliText.StepsHeading)))}[/]");
            WriteSteps(prose, steps, language, 2);
        }
    }
}
