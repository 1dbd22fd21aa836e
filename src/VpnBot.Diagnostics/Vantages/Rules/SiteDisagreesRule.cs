using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// The inside vantage points of different sites get different answers for the name (<c>dns.site-disagrees</c>),
/// or the same answer from zones at different SOA serials (<c>dns.site-behind</c>): replication or zone
/// transfer has not reached one site's DNS servers, so its users get no address (868) or an old one and time
/// out (809) while everyone else connects. The site that is current is the one whose servers hold the newest
/// serial, else the one most sites agree with, else the only one with an address; when none of these tells,
/// the sites are named side by side.
/// </summary>
internal sealed class SiteDisagreesRule : IVantageRule
{
    public const string DisagreesId = "dns.site-disagrees";
    public const string BehindId = "dns.site-behind";

    public IEnumerable<VantageCause> Evaluate(VantageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sites = SiteView.Of(input);
        var answering = sites.Where(s => s.Answer is not null).ToList();
        if (answering.Select(s => s.Answer).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            yield return Disagree(input, answering);
            yield break;
        }

        if (Behind(input, sites) is { } behind)
        {
            yield return behind;
        }
    }

    private static VantageCause Disagree(VantageInput input, IReadOnlyList<SiteView> sites)
    {
        var fqdn = input.Target.Fqdn;
        var current = Current(sites);
        if (current is null)
        {
            var views = LocalizedText.Invariant(string.Join("; ", sites.Select(s => $"{s.Site}: {s.Answer}")));
            var all = Names(sites);
            return new VantageCause(new Support(input.All).Add(sites.SelectMany(s => s.Answers).Select(s => s.Finding)).ToCause(
                DisagreesId,
                Strength.Possible,
                [VpnErrors.VpnTimeout, VpnErrors.NameNotResolvable],
                VantageTexts.Format(nameof(VantageText.SiteDisagreesTitle)),
                VantageTexts.Format(nameof(VantageText.SitesSplitExplanation), fqdn, views),
                Steps(all)));
        }

        var stale = sites.Where(s => s.Answer != current.Answer).ToList();
        var holders = sites.Where(s => s.Answer == current.Answer).ToList();
        var missing = stale.Any(s => s.Denies);
        var differing = stale.Any(s => !s.Denies);
        List<string> codes = [];
        if (missing)
        {
            codes.Add(VpnErrors.NameNotResolvable);
        }

        if (differing)
        {
            codes.Add(VpnErrors.VpnTimeout);
        }

        var staleNames = Names(stale);
        var staleAnswers = stale.SelectMany(s => s.Answers).ToList();
        var explanation = missing && !differing
            ? VantageTexts.Format(nameof(VantageText.SiteMissingExplanation), fqdn, staleNames, staleAnswers.Servers(), Names(holders), current.Answer)
            : VantageTexts.Format(nameof(VantageText.SiteDifferingExplanation), fqdn, staleNames, staleAnswers.Servers(), string.Join("; ", stale.Select(s => s.Answer)), Names(holders), current.Answer);
        var support = new Support(input.All).Add(staleAnswers.Select(s => s.Finding)).Add(holders[0].Answers[0].Finding);
        if (Serials(stale, current) is { } serials)
        {
            explanation = LocalizedText.Sentences([explanation, serials]);
            support.Add(stale.Select(s => s.SerialFinding).OfType<Seen>().Select(s => s.Finding));
        }

        // The stale site's own reading of the same answers ("not the expected address", "no such name") is
        // this cause seen from one site without the others to compare with.
        return new VantageCause(support.ToCause(
            DisagreesId,
            missing ? Strength.Strong : Strength.Likely,
            codes,
            VantageTexts.Format(nameof(VantageText.SiteDisagreesTitle)),
            explanation,
            Steps(staleNames)))
        {
            Replaces = ReplacedCause.At(staleAnswers.Select(s => s.Point), WrongAddressRule.Id, NameMissingRule.Id),
        };
    }

    /// <summary>Same answers everywhere, but a site's newest serial is behind another's: the next change will reach it late.</summary>
    private static VantageCause? Behind(VantageInput input, IReadOnlyList<SiteView> sites)
    {
        var known = sites.Where(s => s.Serial is not null).GroupBy(s => s.Zone, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.ToList();
        if (known is null)
        {
            return null;
        }

        var newest = SerialNumber.Newest(known.Select(s => s.Serial!.Value));
        var stale = known.Where(s => SerialNumber.IsBehind(s.Serial!.Value, newest)).ToList();
        if (stale.Count == 0)
        {
            return null;
        }

        var ahead = known.First(s => s.Serial == newest);
        var names = Names(stale);
        var seen = stale.Append(ahead).Select(s => s.SerialFinding!.Finding);
        return new VantageCause(new Support(input.All).Add(seen).ToCause(
            BehindId,
            Strength.Latent,
            [],
            VantageTexts.Format(nameof(VantageText.SiteBehindTitle)),
            VantageTexts.Format(nameof(VantageText.SiteBehindExplanation), names, ahead.Zone, string.Join(", ", stale.Select(s => s.Serial).Distinct()), ahead.Site, newest),
            Steps(names)));
    }

    /// <summary>The site whose answer is current: the newest serial's, else the answer most sites give; null when neither tells.</summary>
    private static SiteView? Current(IReadOnlyList<SiteView> sites)
    {
        var withSerial = sites.Where(s => s.Serial is not null).ToList();
        if (withSerial.Count == sites.Count && withSerial.Select(s => s.Zone).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
        {
            var newest = SerialNumber.Newest(withSerial.Select(s => s.Serial!.Value));
            var answers = withSerial.Where(s => s.Serial == newest).Select(s => s.Answer).Distinct(StringComparer.Ordinal).ToList();
            if (answers.Count == 1)
            {
                return withSerial.First(s => s.Serial == newest);
            }
        }

        var groups = sites.GroupBy(s => s.Answer, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ToList();
        if (groups[0].Count() > groups[1].Count())
        {
            return groups[0].First();
        }

        // Between sites that have an address and sites that deny the name, the denying ones are where users
        // fail, whichever copy is older: with one address among the others, that one is the answer to restore.
        var answered = groups.Where(g => g.Key != SiteView.Denied).ToList();
        return answered.Count == 1 ? answered[0].First() : null;
    }

    /// <summary>"Zone example.local is at serial 2026112598 at osaka and 2026112601 at tokyo."</summary>
    private static LocalizedText? Serials(IReadOnlyList<SiteView> stale, SiteView current)
    {
        if (current.Serial is null || stale.Any(s => s.Serial is null || !string.Equals(s.Zone, current.Zone, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return VantageTexts.Format(
            nameof(VantageText.SiteSerialSentence),
            current.Zone,
            string.Join(", ", stale.Select(s => s.Serial).Distinct()),
            Names(stale),
            current.Serial,
            current.Site);
    }

    private static string Names(IEnumerable<SiteView> sites) => RuleText.List(sites.Select(s => s.Site));

    private static IReadOnlyList<LocalizedText> Steps(string sites) =>
    [
        VantageTexts.Format(nameof(VantageText.SiteStep1), sites),
        VantageTexts.Format(nameof(VantageText.SiteStep2)),
        VantageTexts.Format(nameof(VantageText.SiteStep3), sites),
    ];
}
