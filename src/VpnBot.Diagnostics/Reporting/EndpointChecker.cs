using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Diagnostics.Reporting;

/// <summary>Plans, runs and diagnoses one endpoint: the one call the CLI, the bot and the agent make.</summary>
public sealed class EndpointChecker(CheckRunner runner, Diagnoser diagnoser, TimeProvider time)
{
    public CheckPlan Plan(CheckTarget target, Func<string, bool>? include = null) => runner.Plan(target, include);

    /// <summary>
    /// Runs the plan under <paramref name="deadline"/>, calling <paramref name="onFinding"/> as each finding
    /// arrives, and returns the report with findings in check order and the ranked diagnosis.
    /// </summary>
    public async Task<CheckReport> RunAsync(
        CheckPlan plan,
        TimeSpan deadline,
        string vantage,
        Action<Finding>? onFinding = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var findings = new List<Finding>(plan.Units.Count);
        await foreach (var finding in runner.RunAsync(plan, deadline, cancellationToken).ConfigureAwait(false))
        {
            findings.Add(finding);
            onFinding?.Invoke(finding);
        }

        var ordered = findings
            .OrderBy(f => CheckIds.Order(f.Check))
            .ThenBy(f => f.Check, StringComparer.Ordinal)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ToList();
        return new CheckReport
        {
            Target = plan.Target.Fqdn,
            Vantage = vantage,
            StartedAt = startedAt,
            DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds,
            Findings = ordered,
            Diagnosis = diagnoser.Diagnose(new DiagnosisInput(plan.Target, ordered)),
        };
    }
}
