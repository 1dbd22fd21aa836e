using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>One check of one endpoint from every vantage point that took part, and what they show together.</summary>
public sealed record CombinedReport
{
    /// <summary>The FQDN checked.</summary>
    public required string Target { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required long DurationMs { get; init; }

    /// <summary>Each vantage point's report, the host's own first.</summary>
    public required IReadOnlyList<VantageReport> Reports { get; init; }

    /// <summary>Likely causes, strongest first: those only the combination shows, and each vantage point's own.</summary>
    public required IReadOnlyList<Cause> Diagnosis { get; init; }

    /// <summary>The worst state any vantage point saw.</summary>
    public ReportStatus Status => Reports.SelectMany(r => r.Report.Findings).Summarize();
}
