using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Reporting;

/// <summary>
/// The <c>--json</c> report: one object, texts in one language, field names fixed by the CLI contract
/// (<c>target, vantage, startedAt, durationMs, status, findings, diagnosis</c>).
/// </summary>
public static class ReportJson
{
    // The report is a JSON document, never embedded in HTML: Japanese text and apostrophes stay
    // readable instead of becoming \uXXXX escapes.
    private static readonly ReportJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    });

    public static string Serialize(CheckReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(ToDocument(report, language), Context.ReportDocument);
    }

    public static ReportDocument? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.ReportDocument);

    private static ReportDocument ToDocument(CheckReport report, Language language) => new(
        report.Target,
        report.Vantage,
        report.StartedAt,
        report.DurationMs,
        StatusName(report.Status),
        [.. report.Findings.Select(f => new FindingDocument(
            f.Check,
            f.Subject,
            f.Status.ToString().ToLowerInvariant(),
            f.Summary[language],
            f.Evidence,
            f.ErrorCodes,
            [.. f.Remediation.Select(step => step[language])],
            f.DurationMs))],
        [.. report.Diagnosis.Select(c => new CauseDocument(
            c.Id,
            c.Title[language],
            c.Explanation[language],
            c.Score,
            c.ErrorCodes,
            c.Checks,
            c.ConfirmWith,
            [.. c.Remediation.Select(step => step[language])]))]);

    /// <summary>The report status as the contract spells it: <c>ok, warning, critical, unknown</c>.</summary>
    public static string StatusName(ReportStatus status) => status.ToString().ToLowerInvariant();
}

public sealed record ReportDocument(
    string Target,
    string Vantage,
    DateTimeOffset StartedAt,
    long DurationMs,
    string Status,
    IReadOnlyList<FindingDocument> Findings,
    IReadOnlyList<CauseDocument> Diagnosis);

public sealed record FindingDocument(
    string Check,
    string Subject,
    string Status,
    string Summary,
    IReadOnlyDictionary<string, string> Evidence,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<string> Remediation,
    long DurationMs);

public sealed record CauseDocument(
    string Id,
    string Title,
    string Explanation,
    int Score,
    IReadOnlyList<string> ErrorCodes,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> ConfirmWith,
    IReadOnlyList<string> Remediation);

[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
