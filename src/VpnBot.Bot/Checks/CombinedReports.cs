using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Checks;

/// <summary>A combined report as one report, for the history and for cards that show one list of findings.</summary>
public static class CombinedReports
{
    /// <summary>
    /// With the host alone, its report with the combined diagnosis; with agents, every finding in one list, an
    /// agent's subjects prefixed with its name (<c>tokyo-dmz: 198.18.0.2:500</c>) so IT can tell the columns apart.
    /// </summary>
    public static CheckReport Flatten(CombinedReport combined)
    {
        ArgumentNullException.ThrowIfNull(combined);
        if (combined.Reports.Count == 1)
        {
            return combined.Reports[0].Report with { Diagnosis = combined.Diagnosis };
        }

        return new CheckReport
        {
            Target = combined.Target,
            Vantage = string.Join(", ", combined.Reports.Select(r => r.Point.Name)),
            StartedAt = combined.StartedAt,
            DurationMs = combined.DurationMs,
            Findings =
            [
                .. combined.Reports.SelectMany(r => r.Point.Name == VantagePoint.InProcessName
                    ? r.Report.Findings
                    : r.Report.Findings.Select(f => f with { Subject = $"{r.Point.Name}: {f.Subject}" })),
            ],
            Diagnosis = combined.Diagnosis,
        };
    }
}
