using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Checks;

/// <summary>Runs one planned unit. Expected failures (timeouts, refusals, garbage) are returned as findings.</summary>
public delegate Task<Finding> CheckUnitRun(CheckContext context, CancellationToken cancellationToken);

/// <summary>One check against one subject, the unit the runner schedules, times and reports.</summary>
/// <param name="Check">The check id.</param>
/// <param name="Subject">What the unit is about, as it appears in the finding.</param>
/// <param name="Run">The work.</param>
public sealed record CheckUnit(string Check, string Subject, CheckUnitRun Run)
{
    /// <summary>
    /// The most this unit may take. The runner gives it <c>min(Timeout, deadline)</c>; null means the
    /// whole deadline. A unit that overruns is reported as an error finding and abandoned.
    /// </summary>
    public TimeSpan? Timeout { get; init; }
}
