using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>The reports of every vantage point that checked one endpoint in one run.</summary>
public sealed record VantageInput(CheckTarget Target, IReadOnlyList<VantageReport> Reports)
{
    /// <summary>Every vantage point's findings as one run's: what a cause's support and the client's logged codes are read from.</summary>
    internal DiagnosisInput All { get; } = new(Target, [.. Reports.SelectMany(r => r.Report.Findings)]);

    /// <summary>The reports of the vantage points on one side of the network.</summary>
    public IEnumerable<VantageReport> On(VantageKind kind) => Reports.Where(r => r.Point.Kind == kind);
}
