using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// What <c>cert.eku</c> failed on, one cause each, with the codes <c>cert.eku</c> reports for it: no Server
/// Authentication EKU (<c>cert.eku-missing</c>: 0x80070040 on SSTP clients, 13801 on IKEv2), a Key Usage
/// without Digital Signature (<c>cert.key-usage-no-signature</c>: 13806 on the server, 13801), or an
/// extension that does not decode (<c>cert.eku-unreadable</c>: 13801). The IKE intermediate and Any
/// Purpose warnings break nothing and are not causes.
/// </summary>
internal sealed class CertificateEkuRule : IDiagnosisRule
{
    public const string Id = "cert.eku-missing";
    public const string KeyUsageId = "cert.key-usage-no-signature";
    public const string UnreadableId = "cert.eku-unreadable";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var failed = input.Of(CheckIds.CertEku, CheckStatus.Fail).ToList();
        var lacking = failed.Where(KeyPurposeFacts.LacksServerAuthentication).ToList();
        var unsigned = failed.Where(KeyPurposeFacts.LacksDigitalSignature).ToList();
        var unreadable = failed.Except(lacking).Except(unsigned).ToList();
        var fqdn = input.Target.Fqdn;
        if (lacking.Count > 0)
        {
            yield return new Support(input).Add(lacking).ToCause(
                Id,
                Strength.Strong,
                [VpnErrors.NoServerAuthenticationEku, VpnErrors.IkeAuthFail],
                RuleText.Format(nameof(DiagnosisText.CertEkuTitle)),
                RuleText.Format(nameof(DiagnosisText.CertEkuExplanation), fqdn, CertificateCauses.Describe(lacking[0], input), lacking[0].Fact(KeyPurposeFacts.Eku)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertEkuStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertEkuStep2)),
                ]);
        }

        if (unsigned.Count > 0)
        {
            yield return new Support(input).Add(unsigned).ToCause(
                KeyUsageId,
                Strength.Strong,
                [VpnErrors.IkeNoCertificate, VpnErrors.IkeAuthFail],
                RuleText.Format(nameof(DiagnosisText.CertKeyUsageTitle)),
                RuleText.Format(nameof(DiagnosisText.CertKeyUsageExplanation), fqdn, CertificateCauses.Describe(unsigned[0], input), unsigned[0].Fact(KeyPurposeFacts.KeyUsage)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertKeyUsageStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertEkuStep2)),
                ]);
        }

        if (unreadable.Count > 0)
        {
            yield return new Support(input).Add(unreadable).ToCause(
                UnreadableId,
                Strength.Strong,
                [VpnErrors.IkeAuthFail],
                RuleText.Format(nameof(DiagnosisText.CertEkuUnreadableTitle)),
                RuleText.Format(nameof(DiagnosisText.CertEkuUnreadableExplanation), fqdn, CertificateCauses.Describe(unreadable[0], input)),
                [
                    RuleText.Format(nameof(DiagnosisText.CertEkuStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.CertEkuStep2)),
                ]);
        }
    }
}
