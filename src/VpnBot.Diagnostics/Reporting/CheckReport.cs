using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Reporting;

/// <summary>Everything one run established about one endpoint, from one vantage point.</summary>
public sealed record CheckReport
{
    /// <summary>The FQDN checked.</summary>
    public required string Target { get; init; }

    /// <summary>Where the checks ran from (the machine or agent name).</summary>
    public required string Vantage { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMs { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<Cause> Diagnosis { get; init; }

    public ReportStatus Status => Findings.Summarize();
}
