using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// A vantage point on the internet gets a private address for the VPN name, from the resolvers it asked
/// (<c>dns.split-horizon</c>) or its own (<c>dns.resolve</c>): what remote users get, seen where they are,
/// not inferred from the inside. They dial an address they cannot reach and time out (809), or fail at
/// once without a route (868). The same address inside shows it is the internal record that leaks. It is
/// the cause <see cref="SplitHorizonLeakRule"/> names from one vantage point, on firmer ground. Probes from
/// outside that dialled the leaked address and got no answer are its doing, not a blocked path's.
/// </summary>
internal sealed class OutsideLeakRule : IVantageRule
{
    public const string Id = SplitHorizonLeakRule.Id;

    /// <summary>The probes that dial the address the name resolves to.</summary>
    private static readonly string[] Probes =
        [CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT, CheckIds.SstpListener, CheckIds.PptpControl];

    public IEnumerable<VantageCause> Evaluate(VantageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var leaks = input.On(VantageKind.Outside).Findings(CheckIds.DnsSplitHorizon, CheckIds.DnsResolve)
            .Where(s => s.Finding.PrivateAddresses().Count > 0)
            .ToList();
        if (leaks.Count == 0)
        {
            yield break;
        }

        var leaked = leaks.SelectMany(s => s.Finding.PrivateAddresses()).Distinct().ToList();
        var inside = input.On(VantageKind.Inside).Findings(CheckIds.DnsResolve)
            .Where(s => s.Finding.Addresses().Any(leaked.Contains))
            .ToList();
        var support = new Support(input.All).Add(leaks.Select(s => s.Finding));
        if (inside.Count > 0)
        {
            support.Add(inside[0].Finding);
        }

        var fqdn = input.Target.Fqdn;
        var explanation = VantageTexts.Format(
            nameof(VantageText.OutsideLeakExplanation), fqdn, leaks.Points(), leaks.Servers(), leaked.List());
        if (inside.Count > 0)
        {
            explanation = LocalizedText.Sentences(
                [explanation, VantageTexts.Format(nameof(VantageText.OutsideLeakSameInside), inside.Points(), leaked.Where(a => inside.Any(s => s.Finding.Addresses().Contains(a))).List())]);
        }

        // The outside's probes that dialled the leaked address got nothing: what remote users get, and no
        // sign of a blocked path or a stopped server there (the readings that vantage point makes on its own).
        var futile = input.On(VantageKind.Outside).Findings(Probes)
            .Where(s => s.Finding.Unanswered() && s.Finding.Dialled() is { } dialled && leaked.Contains(dialled))
            .ToList();
        if (futile.Count > 0)
        {
            explanation = LocalizedText.Sentences(
                [explanation, VantageTexts.Format(nameof(VantageText.OutsideLeakProbes), futile.Points(), futile.Select(s => s.Finding.Dialled()!).Distinct().List())]);
        }

        var cause = support.ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.VpnTimeout, VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakTitle)),
            explanation,
            [
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep2)),
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep3)),
            ]);
        yield return new VantageCause(cause)
        {
            Replaces = ReplacedCause.At(
                futile.Select(s => s.Point),
                IkeSilentRule.BlockedId,
                IkeSilentRule.NotListeningId,
                Udp500BlockedRule.Id,
                AllTunnelsFailRule.Id,
                SstpListenerRule.DownId,
                PptpBlockedRule.Id),
        };
    }
}
