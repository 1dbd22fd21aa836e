using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// No forward-confirmed PTR record for the server's address. VPN clients do not need one, so it explains no
/// error code, but administrators expect it and logs are harder to read without it.
/// </summary>
internal sealed class ReverseRecordRule : IDiagnosisRule
{
    public const string Id = "dns.ptr-missing";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var finding = input.Of(CheckIds.DnsPtr).FirstOrDefault(f => f.IsProblem());
        if (finding is null)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var address = finding.Fact(RuleEvidence.Address) ?? finding.Subject;
        yield return new Support(input).Add(finding).ToCause(
            Id,
            Strength.Minor,
            [],
            RuleText.Format(nameof(DiagnosisText.PtrMissingTitle)),
            RuleText.Format(nameof(DiagnosisText.PtrMissingExplanation), fqdn, address),
            [RuleText.Format(nameof(DiagnosisText.PtrMissingStep1), fqdn, address)]);
    }
}
