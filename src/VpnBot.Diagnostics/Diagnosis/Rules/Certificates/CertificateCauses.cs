using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>What the certificate rules share: the certificate as the administrator knows it.</summary>
internal static class CertificateCauses
{
    /// <summary>The certificate's subject from the evidence, else the finding's subject (the endpoint or file it came from).</summary>
    public static string Describe(Finding finding) => finding.Fact(RuleEvidence.CertificateSubject) ?? finding.Subject;
}
