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
    /// Ids of causes single vantage points name that the combination rules out or explains better (an outside
    /// agent's "IKE gets no answer, the server may be down" when the inside shows the server answering); they
    /// are left out of the combined diagnosis.
    /// </summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];
}
