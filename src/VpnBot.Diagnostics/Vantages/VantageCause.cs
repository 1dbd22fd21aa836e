using VpnBot.Diagnostics.Diagnosis;

namespace VpnBot.Diagnostics.Vantages;

/// <summary>A cause the combination of vantage points shows, and the readings of single vantage points it settles.</summary>
/// <param name="Cause">
/// The cause. When a vantage point names a cause of the same id on its own, this one takes its place: it rests
/// on the same facts and on what the other vantage points add.
/// </param>
public sealed record VantageCause(Cause Cause)
{
    /// <summary>
    /// Causes single vantage points name that the combination rules out or explains better (an outside agent's
    /// "IKE gets no answer, the server may be down" when the inside shows the server answering); they are left
    /// out of the combined diagnosis.
    /// </summary>
    public IReadOnlyList<ReplacedCause> Replaces { get; init; } = [];
}

/// <summary>A cause one vantage point names on its own, by id.</summary>
public sealed record ReplacedCause(VantagePoint Point, string CauseId)
{
    /// <summary>Each of <paramref name="causeIds"/> at each of <paramref name="points"/>.</summary>
    public static IReadOnlyList<ReplacedCause> At(IEnumerable<VantagePoint> points, params string[] causeIds) =>
        [.. points.Distinct().SelectMany(point => causeIds.Select(id => new ReplacedCause(point, id)))];
}
