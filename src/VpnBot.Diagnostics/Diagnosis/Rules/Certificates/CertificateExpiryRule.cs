using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// The certificate is expired or inside the failure threshold (<c>cert.expired</c>: 13801, 810, and
/// CERT_E_EXPIRED for SSTP), or inside the warning threshold (<c>cert.expiring</c>: nothing fails yet, so it
/// ranks low, but the same codes are coming).
/// </summary>
internal sealed class CertificateExpiryRule : IDiagnosisRule
{
    public const string ExpiredId = "cert.expired";
    public const string ExpiringId = "cert.expiring";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var fqdn = input.Target.Fqdn;
        List<string> codes = [VpnErrors.IkeAuthFail, VpnErrors.BadCertificate];
        if (input.Target.Offers(VpnProtocols.Sstp))
        {
            codes.Add(VpnErrors.CertificateExpired);
        }

        var expired = input.Of(CheckIds.CertExpiry, CheckStatus.Fail).ToList();
        if (expired.Count > 0)
        {
            yield return new Support(input).Add(expired).ToCause(
                ExpiredId,
                Strength.Strong,
                codes,
                RuleText.Format(nameof(DiagnosisText.CertExpiredTitle)),
                RuleText.Format(nameof(DiagnosisText.CertExpiredExplanation), fqdn, CertificateCauses.Describe(expired[0], input)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertExpiredStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertExpiredStep2)),
                    RuleText.Format(nameof(DiagnosisText.CertExpiredStep3)),
                ]);
            yield break;
        }

        var expiring = input.Of(CheckIds.CertExpiry, CheckStatus.Warn).ToList();
        if (expiring.Count > 0)
        {
            yield return new Support(input).Add(expiring).ToCause(
                ExpiringId,
                Strength.Latent,
                codes,
                RuleText.Format(nameof(DiagnosisText.CertExpiringTitle)),
                RuleText.Format(nameof(DiagnosisText.CertExpiringExplanation), fqdn, CertificateCauses.Describe(expiring[0], input)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertExpiringStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertExpiringStep2)),
                ]);
        }
    }
}
