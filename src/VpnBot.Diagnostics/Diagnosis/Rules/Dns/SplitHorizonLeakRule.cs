using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// Resolvers on the internet hand out a private address for the VPN name: remote users dial an address
/// they cannot reach and time out (809), or fail outright when their own network has no route (868).
/// </summary>
internal sealed class SplitHorizonLeakRule : IDiagnosisRule
{
    public const string Id = "dns.split-horizon-leak";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var leaks = input.Of(CheckIds.DnsSplitHorizon, CheckStatus.Fail).Where(f => f.Facts(RuleEvidence.Private).Count > 0).ToList();
        if (leaks.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        yield return new Support(input).Add(leaks).ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.VpnTimeout, VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakTitle)),
            RuleText.Format(
                nameof(DiagnosisText.SplitHorizonLeakExplanation),
                fqdn,
                RuleText.List(leaks.SelectMany(f => f.Facts(RuleEvidence.Private))),
                RuleText.List(leaks.Select(f => f.Subject))),
            [
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep2)),
                RuleText.Format(nameof(DiagnosisText.SplitHorizonLeakStep3)),
            ]);
    }
}
