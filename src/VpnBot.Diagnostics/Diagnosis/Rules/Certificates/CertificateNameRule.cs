using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// The certificate does not carry the name clients dial: IKEv2 clients fail with 13801, L2TP/IPsec with
/// 835, SSTP with CERT_E_CN_NO_MATCH.
/// </summary>
internal sealed class CertificateNameRule : IDiagnosisRule
{
    public const string Id = "cert.name-mismatch";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var mismatched = input.Of(CheckIds.CertName, CheckStatus.Fail).ToList();
        if (mismatched.Count == 0)
        {
            yield break;
        }

        List<string> codes = [VpnErrors.IkeAuthFail];
        if (input.Target.Offers(VpnProtocols.L2tp))
        {
            codes.Add(VpnErrors.L2tpServerNameMismatch);
        }

        if (input.Target.Offers(VpnProtocols.Sstp))
        {
            codes.Add(VpnErrors.CertificateNameMismatch);
        }

        var fqdn = input.Target.Fqdn;
        yield return new Support(input).Add(mismatched).Consult(CheckIds.RrasConfig).ToCause(
            Id,
            Strength.Strong,
            codes,
            RuleText.Format(nameof(DiagnosisText.CertNameTitle)),
            RuleText.Format(nameof(DiagnosisText.CertNameExplanation), fqdn, CertificateCauses.Describe(mismatched[0], input)),
            [
                RuleText.Format(nameof(DiagnosisText.CertNameStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.CertNameStep2)),
                RuleText.Format(nameof(DiagnosisText.CertNameStep3)),
            ]);
    }
}
