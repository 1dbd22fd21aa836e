using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// No DNS server gave a usable answer (timeouts, SERVFAIL, REFUSED, network errors): the name may well
/// exist, but clients cannot learn it, which they report as 868. DNS Client event 1014 on a client agrees.
/// </summary>
internal sealed class ServersUnansweringRule : IDiagnosisRule
{
    public const string Id = "dns.servers-unanswering";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var asked = input.Of(CheckIds.DnsResolve).Where(f => f.Fact(RuleEvidence.Rcode) is not null).ToList();
        if (asked.Count == 0 || asked.Any(f => f.SettlesName()))
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var results = RuleText.List(asked.Select(f => $"{f.Subject} ({f.Fact(RuleEvidence.Rcode)})"));
        yield return new Support(input).Add(asked).AddProblems(CheckIds.EventsDnsClient).Consult(CheckIds.EventsDnsClient).ToCause(
            Id,
            Strength.Likely,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.ServersUnansweringTitle)),
            RuleText.Format(nameof(DiagnosisText.ServersUnansweringExplanation), fqdn, results),
            [
                RuleText.Format(nameof(DiagnosisText.ServersUnansweringStep1)),
                RuleText.Format(nameof(DiagnosisText.ServersUnansweringStep2)),
                RuleText.Format(nameof(DiagnosisText.ServersUnansweringStep3)),
            ]);
    }
}
