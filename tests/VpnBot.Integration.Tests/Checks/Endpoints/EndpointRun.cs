using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Runner;
using VpnBot.Integration.Tests.Checks.Probes;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Endpoints;

/// <summary>
/// A whole-endpoint run the way the CLI makes one: every check planned for the target, run under the default
/// deadline, inside a cancellation token that fires well after it — so a run that did not end by itself fails
/// the test with an <see cref="OperationCanceledException"/> instead of hanging it.
/// </summary>
internal static class EndpointRun
{
    /// <summary>How long after the deadline the test gives up on a run that has not ended.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(10);

    public static async Task<(CheckPlan Plan, CheckReport Report)> RunAsync(CheckTarget target)
    {
        var checker = DiagnosticsCore.Checker;
        var plan = checker.Plan(target);
        using var bounded = new CancellationTokenSource(DiagnosticsCore.Deadline + Slack, TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(bounded.Token, TestContext.Current.CancellationToken);
        var report = await checker.RunAsync(plan, DiagnosticsCore.Deadline, "integration-tests", cancellationToken: linked.Token);
        return (plan, report);
    }

    /// <summary>Every planned unit reported a finding of its own: one per unit, none abandoned by the runner at the deadline.</summary>
    public static void EveryUnitReported(CheckPlan plan, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        var planned = plan.Units.GroupBy(u => u.Check).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var reported = report.Findings.GroupBy(f => f.Check).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(planned.OrderBy(p => p.Key, StringComparer.Ordinal), reported.OrderBy(r => r.Key, StringComparer.Ordinal));
        var abandoned = report.Findings.Where(f => f.Evidence.ContainsKey("timeoutMs")).ToList();
        Assert.True(abandoned.Count == 0, $"units the runner abandoned at the deadline:\n{Describe(abandoned)}");
    }

    /// <summary>The statuses of the report, check by check, in report order (one entry per finding).</summary>
    public static IReadOnlyList<(string Check, CheckStatus Status)> Statuses(CheckReport report) =>
        [.. report.Findings.Select(f => (f.Check, f.Status))];
}
