using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// A long TTL on the public record breaks nothing today; it decides how long clients keep dialling the old
/// address after a move or failover (809). Ranked low on purpose.
/// </summary>
internal sealed class LongTtlRule : IDiagnosisRule
{
    public const string Id = "dns.long-ttl";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var finding = input.Of(CheckIds.DnsTtl).FirstOrDefault(f => f.IsProblem());
        if (finding is null)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var ttl = finding.Fact(RuleEvidence.Ttl);
        var threshold = finding.Fact(RuleEvidence.MaxTtl);
        var explanation = ttl is not null && threshold is not null
            ? RuleText.Format(nameof(DiagnosisText.LongTtlExplanation), fqdn, ttl, threshold)
            : RuleText.Format(nameof(DiagnosisText.LongTtlExplanationPlain), fqdn);
        yield return new Support(input).Add(finding).ToCause(
            Id,
            Strength.Latent,
            [VpnErrors.VpnTimeout],
            RuleText.Format(nameof(DiagnosisText.LongTtlTitle)),
            explanation,
            [
                RuleText.Format(nameof(DiagnosisText.LongTtlStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.LongTtlStep2)),
            ]);
    }
}
