using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// The name resolves, but not to the address the configuration expects (inside or on the internet):
/// clients dial an old or wrong host and time out (809; 800 on Automatic). Private addresses leaking to
/// the internet are <see cref="SplitHorizonLeakRule"/>'s.
/// </summary>
internal sealed class WrongAddressRule : IDiagnosisRule
{
    public const string Id = "dns.wrong-address";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var wrong = input.Of(CheckIds.DnsResolve)
            .Concat(input.Of(CheckIds.DnsSplitHorizon))
            .Where(f => f.IsProblem() && f.HasAddresses() && f.Facts(RuleEvidence.NotReturned).Count > 0 && f.Facts(RuleEvidence.Private).Count == 0)
            .ToList();
        if (wrong.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var expected = RuleText.List(wrong.SelectMany(f => f.Facts(RuleEvidence.NotReturned)));
        yield return new Support(input).Add(wrong).Consult(CheckIds.DnsCache).ToCause(
            Id,
            Strength.Likely,
            [VpnErrors.VpnTimeout, VpnErrors.AutomaticVpnFailed],
            RuleText.Format(nameof(DiagnosisText.WrongAddressTitle)),
            RuleText.Format(nameof(DiagnosisText.WrongAddressExplanation), fqdn, RuleText.List(wrong.Select(f => f.Subject)), expected),
            [
                RuleText.Format(nameof(DiagnosisText.WrongAddressStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.WrongAddressStep2)),
            ]);
    }
}
