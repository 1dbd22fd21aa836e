using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// Revocation: the certificate is revoked (<c>cert.revoked</c>, CRYPT_E_REVOKED), or its CRL/OCSP
/// locations cannot be reached (<c>cert.revocation-offline</c>, CRYPT_E_REVOCATION_OFFLINE). Only SSTP
/// clients insist on the revocation check, so an unreachable CRL matters far more where SSTP is offered.
/// </summary>
internal sealed class CertificateRevocationRule : IDiagnosisRule
{
    public const string RevokedId = "cert.revoked";
    public const string OfflineId = "cert.revocation-offline";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var failed = input.Of(CheckIds.CertRevocation, CheckStatus.Fail).ToList();
        if (failed.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var revoked = failed.Where(f => f.ErrorCodes.Contains(VpnErrors.CertificateRevoked, StringComparer.OrdinalIgnoreCase)).ToList();
        if (revoked.Count > 0)
        {
            yield return new Support(input).Add(revoked).Consult(CheckIds.RrasConfig).ToCause(
                RevokedId,
                Strength.Strong,
                [VpnErrors.CertificateRevoked, VpnErrors.IkeAuthFail],
                RuleText.Format(nameof(DiagnosisText.CertRevokedTitle)),
                RuleText.Format(nameof(DiagnosisText.CertRevokedExplanation), fqdn, CertificateCauses.Describe(revoked[0], input)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertRevokedStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertRevokedStep2)),
                ]);
        }

        var offline = failed.Except(revoked).ToList();
        if (offline.Count > 0)
        {
            yield return new Support(input).Add(offline).ToCause(
                OfflineId,
                input.Target.Offers(VpnProtocols.Sstp) ? Strength.Likely : Strength.Possible,
                [VpnErrors.RevocationOffline],
                RuleText.Format(nameof(DiagnosisText.CertRevocationTitle)),
                RuleText.Format(nameof(DiagnosisText.CertRevocationExplanation), fqdn, CertificateCauses.Describe(offline[0], input)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertRevocationStep1)),
                    RuleText.Format(nameof(DiagnosisText.CertRevocationStep2)),
                ]);
        }
    }
}
