using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// The certificate lacks the Server Authentication EKU: SSTP clients report 0x80070040, IKEv2 clients
/// 13801. A warning (only the recommended IKE intermediate EKU missing) breaks nothing and is not a cause.
/// </summary>
internal sealed class CertificateEkuRule : IDiagnosisRule
{
    public const string Id = "cert.eku-missing";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var lacking = input.Of(CheckIds.CertEku, CheckStatus.Fail).ToList();
        if (lacking.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        yield return new Support(input).Add(lacking).ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.NoServerAuthenticationEku, VpnErrors.IkeAuthFail],
            RuleText.Format(nameof(DiagnosisText.CertEkuTitle)),
            RuleText.Format(nameof(DiagnosisText.CertEkuExplanation), fqdn, CertificateCauses.Describe(lacking[0])),
            [
                RuleText.Format(nameof(DiagnosisText.CertEkuStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.CertEkuStep2)),
            ]);
    }
}
