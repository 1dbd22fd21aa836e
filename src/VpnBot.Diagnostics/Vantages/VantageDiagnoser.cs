using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>Combines the reports of several vantage points into one diagnosis.</summary>
public sealed class VantageDiagnoser
{
    /// <summary>
    /// The combined report: every vantage point's own causes, one entry per cause id (the strongest wins),
    /// strongest first.
    /// </summary>
#pragma warning disable CA1822 // An instance member: the cross-vantage rules it will run are injected services.
    public CombinedReport Combine(CheckTarget target, IReadOnlyList<VantageReport> reports, DateTimeOffset startedAt, long durationMs)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);
        var causes = reports
            .SelectMany(r => r.Report.Diagnosis)
            .GroupBy(cause => cause.Id, StringComparer.Ordinal)
            .Select(group => group.MaxBy(cause => cause.Score)!)
            .OrderByDescending(cause => cause.Score)
            .ThenBy(cause => cause.Id, StringComparer.Ordinal)
            .ToList();
        return new CombinedReport
        {
            Target = target.Fqdn,
            StartedAt = startedAt,
            DurationMs = durationMs,
            Reports = reports,
            Diagnosis = causes,
        };
    }
#pragma warning restore CA1822
}
