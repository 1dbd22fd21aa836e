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

    /// <summary>
    /// The contrasts as one phrase, probes with the same outcomes at the same vantage points together:
    /// <c>ike.v2, ike.v1: answered inside (host, osaka-dc), no answer from the internet (cloud-probe)</c>.
    /// </summary>
    public static LocalizedText Describe(IEnumerable<Contrast> contrasts)
    {
        var items = contrasts
            .GroupBy(c => (Key: c.Key(Language.English), Ja: c.Key(Language.Japanese)))
            .Select(group =>
            {
                var first = group.First();
                return VantageTexts.Format(
                    nameof(VantageText.ContrastItem),
                    string.Join(", ", group.Select(c => c.Check)),
                    RuleText.Outcome(first.Inside[0].Finding),
                    Names(first.Inside),
                    RuleText.Outcome(first.Outside[0].Finding),
                    Names(first.Outside));
            })
            .ToList();
        return new LocalizedText(string.Join("; ", items.Select(i => i.En)), string.Join(" / ", items.Select(i => i.Ja)));
    }

    private string Key(Language language) => string.Join(
        "|",
        RuleText.Outcome(Inside[0].Finding)[language],
        Names(Inside),
        RuleText.Outcome(Outside[0].Finding)[language],
        Names(Outside));

    private static string Names(IEnumerable<Seen> seen) => string.Join(", ", seen.Select(s => s.Point.Name).Distinct(StringComparer.Ordinal));

    private static bool Probed(Seen seen) => seen.Finding.Fact(ProbeOutcome.Key) is not null;
}
