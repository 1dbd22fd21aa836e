using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Integration.Tests.Checks.Probes;

/// <summary>Assertions on a report that show the finding (summary and evidence) whenever they fail.</summary>
internal static class Findings
{
    /// <summary>The one finding of <paramref name="check"/> in the report.</summary>
    public static Finding Single(CheckReport report, string check)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.Findings.Where(f => f.Check == check).ToList();
        Assert.True(findings.Count == 1, $"expected one {check} finding, got {findings.Count}:\n{Describe(report.Findings)}");
        return findings[0];
    }

    public static void HasStatus(CheckStatus expected, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Assert.True(expected == finding.Status, $"expected {expected}, got {Describe(finding)}");
    }

    public static void HasOutcome(string expected, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var actual = finding.Evidence.GetValueOrDefault(ProbeOutcome.Key);
        Assert.True(expected == actual, $"expected outcome {expected}, got {Describe(finding)}");
    }

    /// <summary>The evidence value, failing with the whole finding when the key is missing.</summary>
    public static string Evidence(Finding finding, string key)
    {
        ArgumentNullException.ThrowIfNull(finding);
        Assert.True(finding.Evidence.ContainsKey(key), $"no evidence '{key}' in {Describe(finding)}");
        return finding.Evidence[key];
    }

    public static string Describe(Finding finding) =>
        $"{finding.Check} {finding.Subject}: {finding.Status} — {finding.Summary.En} [{string.Join(", ", finding.Evidence.Select(e => $"{e.Key}={e.Value}"))}]"
        + (finding.ErrorCodes.Count > 0 ? $" codes {string.Join(',', finding.ErrorCodes)}" : string.Empty);

    public static string Describe(IEnumerable<Finding> findings) => string.Join('\n', findings.Select(Describe));

    /// <summary>The diagnosis ranks <paramref name="causeId"/> first; returns that cause.</summary>
    public static Cause FirstCause(CheckReport report, string causeId)
    {
        ArgumentNullException.ThrowIfNull(report);
        Assert.True(report.Diagnosis.Count > 0 && report.Diagnosis[0].Id == causeId, $"expected {causeId} first, the diagnosis was:\n{Causes(report)}");
        return report.Diagnosis[0];
    }

    /// <summary>The ranked causes with their scores, for failure messages.</summary>
    public static string Causes(CheckReport report) =>
        string.Join('\n', report.Diagnosis.Select(c => $"{c.Id} ({c.Score}) codes {string.Join(',', c.ErrorCodes)} checks {string.Join(',', c.Checks)}"));
}
