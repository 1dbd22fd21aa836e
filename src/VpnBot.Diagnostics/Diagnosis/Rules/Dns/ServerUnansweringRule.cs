using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// Some internal DNS servers answer the name and others give nothing usable. Clients configured with a
/// silent server first wait out its timeout before they try the next one (a slow, flaky connect), and a
/// client whose only working server is the silent one reports 868. When no server answers,
/// <see cref="ServersUnansweringRule"/> speaks instead.
/// </summary>
internal sealed class ServerUnansweringRule : IDiagnosisRule
{
    public const string Id = "dns.server-unanswering";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var asked = input.Of(CheckIds.DnsResolve).Where(f => f.Fact(RuleEvidence.Rcode) is not null).ToList();
        var unusable = asked.Where(f => !f.SettlesName()).ToList();
        if (unusable.Count == 0 || unusable.Count == asked.Count)
        {
            yield break;
        }

        var results = RuleText.List(unusable.Select(f => $"{f.Subject} ({f.Fact(RuleEvidence.Rcode)})"));
        yield return new Support(input).Add(unusable).AddProblems(CheckIds.EventsDnsClient).Consult(CheckIds.EventsDnsClient).ToCause(
            Id,
            Strength.Possible,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.ServerUnansweringTitle)),
            RuleText.Format(nameof(DiagnosisText.ServerUnansweringExplanation), input.Target.Fqdn, results),
            [
                RuleText.Format(nameof(DiagnosisText.ServersUnansweringStep1)),
                RuleText.Format(nameof(DiagnosisText.ServersUnansweringStep2)),
                RuleText.Format(nameof(DiagnosisText.ServerUnansweringStep3)),
            ]);
    }
}
