using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// The chain does not build to a trusted root: CERT_E_UNTRUSTEDROOT for SSTP, 13801 for IKEv2, 787 for
/// L2TP/IPsec with certificates.
/// </summary>
internal sealed class CertificateChainRule : IDiagnosisRule
{
    public const string Id = "cert.untrusted-root";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var untrusted = input.Of(CheckIds.CertChain, CheckStatus.Fail).ToList();
        if (untrusted.Count == 0)
        {
            yield break;
        }

        List<string> codes = [VpnErrors.UntrustedRoot, VpnErrors.IkeAuthFail];
        if (input.Target.Offers(VpnProtocols.L2tp))
        {
            codes.Add(VpnErrors.L2tpAuthFail);
        }

        var fqdn = input.Target.Fqdn;
        yield return new Support(input).Add(untrusted).ToCause(
            Id,
            Strength.Strong,
            codes,
            RuleText.Format(nameof(DiagnosisText.CertChainTitle)),
            RuleText.Format(nameof(DiagnosisText.CertChainExplanation), fqdn, CertificateCauses.Describe(untrusted[0])),
            [
                RuleText.Format(nameof(DiagnosisText.CertChainStep1)),
                RuleText.Format(nameof(DiagnosisText.CertChainStep2)),
                RuleText.Format(nameof(DiagnosisText.CertChainStep3)),
            ]);
    }
}
