using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Integration.Tests.Cli;

/// <summary>
/// The <c>--json</c> report as scripts and monitoring systems read it: the documented field names in the
/// documented order, the value kinds, and an exit status that agrees with the report's status.
/// </summary>
internal static partial class ReportContract
{
    private static readonly string[] ReportFields = ["target", "vantage", "startedAt", "durationMs", "status", "findings", "diagnosis"];
    private static readonly string[] FindingFields = ["check", "subject", "status", "summary", "evidence", "errorCodes", "remediation", "durationMs"];
    private static readonly string[] CauseFields = ["id", "title", "explanation", "score", "errorCodes", "checks", "confirmWith", "remediation"];
    private static readonly string[] FindingStatuses = ["pass", "warn", "fail", "skip", "error"];

    /// <summary>Checks the whole report against the contract and returns it.</summary>
    public static JsonElement Verify(VpnbotRun run, string target)
    {
        var report = run.Report();
        Assert.True(ReportFields.SequenceEqual(report.EnumerateObject().Select(p => p.Name)), run.ToString());
        Assert.Equal(target, report.GetProperty("target").GetString());
        Assert.Equal(Environment.MachineName, report.GetProperty("vantage").GetString());
        Assert.True(DateTimeOffset.TryParse(report.GetProperty("startedAt").GetString(), CultureInfo.InvariantCulture, out _), run.ToString());
        Assert.True(report.GetProperty("durationMs").GetInt64() >= 0);

        var status = report.GetProperty("status").GetString();
        var exit = status switch { "ok" => 0, "warning" => 1, "critical" => 2, "unknown" => 3, _ => -1 };
        Assert.True(exit == run.ExitCode, $"status {status} but {run}");

        var findings = report.GetProperty("findings");
        Assert.True(findings.GetArrayLength() > 0, run.ToString());
        foreach (var finding in findings.EnumerateArray())
        {
            Assert.Equal(FindingFields, finding.EnumerateObject().Select(p => p.Name));
            Assert.Contains(finding.GetProperty("check").GetString(), CheckIds.Core);
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("subject").GetString()));
            Assert.Contains(finding.GetProperty("status").GetString(), FindingStatuses);
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("summary").GetString()));
            Assert.All(finding.GetProperty("evidence").EnumerateObject(), e => Assert.Equal(JsonValueKind.String, e.Value.ValueKind));
            AssertStrings(finding.GetProperty("errorCodes"));
            AssertStrings(finding.GetProperty("remediation"));
            Assert.True(finding.GetProperty("durationMs").GetInt64() >= 0);
        }

        foreach (var cause in report.GetProperty("diagnosis").EnumerateArray())
        {
            Assert.Equal(CauseFields, cause.EnumerateObject().Select(p => p.Name));
            Assert.False(string.IsNullOrWhiteSpace(cause.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(cause.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(cause.GetProperty("explanation").GetString()));
            Assert.InRange(cause.GetProperty("score").GetInt32(), 0, 100);
            AssertStrings(cause.GetProperty("errorCodes"));
            AssertStrings(cause.GetProperty("checks"));
            AssertStrings(cause.GetProperty("confirmWith"));
            AssertStrings(cause.GetProperty("remediation"));
        }

        return report;
    }

    /// <summary>The findings of <paramref name="check"/>.</summary>
    public static IEnumerable<JsonElement> Findings(this JsonElement report, string check) =>
        report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("check").GetString() == check);

    /// <summary>The one finding of <paramref name="check"/> about <paramref name="subject"/>.</summary>
    public static JsonElement Finding(this JsonElement report, string check, string subject) =>
        Assert.Single(report.Findings(check), f => f.GetProperty("subject").GetString() == subject);

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    public static string Evidence(this JsonElement finding, string key) => finding.GetProperty("evidence").GetProperty(key).GetString()!;

    public static IReadOnlyList<string> Strings(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The ranked causes.</summary>
    public static IReadOnlyList<JsonElement> Diagnosis(this JsonElement report) => [.. report.GetProperty("diagnosis").EnumerateArray()];

    /// <summary>Kana or kanji: the text is in Japanese.</summary>
    public static bool IsJapanese(string text) => JapanesePattern().IsMatch(text);

    private static void AssertStrings(JsonElement array)
    {
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        Assert.All(array.EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapanesePattern();
}
