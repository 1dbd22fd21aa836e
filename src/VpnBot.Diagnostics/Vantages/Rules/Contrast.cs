using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// One probe that a live server answers from inside the network and that fails from the internet: every
/// inside vantage point that probed got <see cref="Answers"/>, every outside one <see cref="Fails"/>.
/// </summary>
internal sealed record Contrast(string Check, IReadOnlyList<Seen> Inside, IReadOnlyList<Seen> Outside)
{
    /// <summary>
    /// The contrast for <paramref name="check"/>, or null. Findings without a probe outcome (a skip, an agent
    /// that did not answer) say nothing either way; nor does an outside probe that dialled a private address,
    /// whose silence only shows where the name led (the leak's cause, not the edge's).
    /// </summary>
    public static Contrast? Of(VantageInput input, string check, Func<Finding, bool> answers, Func<Finding, bool> fails)
    {
        var inside = input.On(VantageKind.Inside).Findings(check).Where(Probed).ToList();
        var outside = input.On(VantageKind.Outside).Findings(check).Where(s => Probed(s) && !s.Finding.DialledPrivate()).ToList();
        return inside.Count > 0 && outside.Count > 0 && inside.All(s => answers(s.Finding)) && outside.All(s => fails(s.Finding))
            ? new Contrast(check, inside, outside)
            : null;
    }

    public IEnumerable<Finding> Findings => Inside.Concat(Outside).Select(s => s.Finding);

    /// <summary><c>ike.v2: answered from host (tokyo, inside); no answer from home (internet, outside)</c>.</summary>
    public LocalizedText Describe() => VantageTexts.Format(
        nameof(VantageText.ContrastItem),
        Check,
        RuleText.Outcome(Inside[0].Finding),
        Inside.Points(),
        RuleText.Outcome(Outside[0].Finding),
        Outside.Points());

    private static bool Probed(Seen seen) => seen.Finding.Fact(ProbeOutcome.Key) is not null;
}
