using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>What one vantage point established about the endpoint in one run.</summary>
public sealed record VantageReport(VantagePoint Point, CheckReport Report);
