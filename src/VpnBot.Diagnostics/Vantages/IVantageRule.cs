namespace VpnBot.Diagnostics.Vantages;

/// <summary>
/// Recognises a cause that only the comparison of several vantage points shows: what the internet sees
/// against what the inside sees, or one site against another.
/// </summary>
public interface IVantageRule
{
    /// <summary>The causes the vantage points' findings support together; empty when they do not point here.</summary>
    IEnumerable<VantageCause> Evaluate(VantageInput input);
}
