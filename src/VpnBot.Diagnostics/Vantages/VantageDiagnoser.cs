using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>Combines the reports of several vantage points into one diagnosis.</summary>
public sealed class VantageDiagnoser(IEnumerable<IVantageRule> rules)
{
    private readonly IReadOnlyList<IVantageRule> _rules = [.. rules];

    /// <summary>
    /// The combined report: the causes only the combination shows, and every vantage point's own causes
    /// except those the combination replaces; one entry per cause id (the combination's, else the strongest),
    /// strongest first.
    /// </summary>
#pragma warning disable CA1822 // An instance member: the cross-vantage rules it will run are injected services.
    public CombinedReport Combine(CheckTarget target, IReadOnlyList<VantageReport> reports, DateTimeOffset startedAt, long durationMs)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(reports);

        // One vantage point has nothing to compare with: its own diagnosis is the whole story.
        List<VantageCause> combined = [];
        if (reports.Count > 1)
        {
            var input = new VantageInput(target, reports);
            combined.AddRange(_rules.SelectMany(rule => rule.Evaluate(input)));
        }

        var ids = combined.Select(c => c.Cause.Id).ToHashSet(StringComparer.Ordinal);
        var replaced = combined.SelectMany(c => c.Replaces).ToHashSet();
        var causes = combined
            .Select(c => c.Cause)
            .Concat(reports.SelectMany(r => r.Report.Diagnosis
                .Where(cause => !ids.Contains(cause.Id) && !replaced.Contains(new ReplacedCause(r.Point, cause.Id)))))
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
