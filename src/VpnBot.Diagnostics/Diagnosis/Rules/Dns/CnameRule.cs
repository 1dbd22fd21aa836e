using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// The CNAME chain for the VPN name does not end in an address (dangling, looping, too deep, or beside
/// other data): 868. A dns.resolve failure on the same name confirms clients are affected.
/// </summary>
internal sealed class CnameRule : IDiagnosisRule
{
    public const string Id = "dns.cname-broken";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var broken = input.Of(CheckIds.DnsCname, CheckStatus.Fail).ToList();
        if (broken.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var resolveFailure = input.Of(CheckIds.DnsResolve, CheckStatus.Fail).Take(1);
        yield return new Support(input).Add(broken).Add(resolveFailure).ToCause(
            Id,
            Strength.Likely,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.CnameBrokenTitle)),
            RuleText.Format(nameof(DiagnosisText.CnameBrokenExplanation), fqdn, broken[0].Fact(RuleEvidence.Chain) ?? broken[0].Subject),
            [
                RuleText.Format(nameof(DiagnosisText.CnameBrokenStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.CnameBrokenStep2)),
                RuleText.Format(nameof(DiagnosisText.CnameBrokenStep3)),
            ]);
    }
}
