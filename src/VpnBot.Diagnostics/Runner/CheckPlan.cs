using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Runner;

/// <summary>The units a run will execute for one target, in report order.</summary>
public sealed record CheckPlan(CheckTarget Target, IReadOnlyList<CheckUnit> Units);
