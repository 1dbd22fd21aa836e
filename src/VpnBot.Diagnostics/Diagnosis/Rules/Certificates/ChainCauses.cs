using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// The cause for each <see cref="ChainProblem"/>, read from the evidence <c>cert.chain</c> writes. The error
/// codes are the ones <c>cert.chain</c> reports for the same problem, so a cause explains what its finding
/// shows and nothing it does not.
/// </summary>
internal static class ChainCauses
{
    /// <summary>The problems in the order cert.chain ranks them, most telling first.</summary>
    public static readonly ChainProblem[] Order =
        [ChainProblem.BadSignature, ChainProblem.PartialChain, ChainProblem.UntrustedRoot, ChainProblem.IssuerExpired, ChainProblem.Other];

    /// <summary>
    /// The problems a failed <c>cert.chain</c> finding lists. A token this rule does not know, or a failure
    /// that lists none, is <see cref="ChainProblem.Other"/>: the chain failed, but not for a named reason.
    /// </summary>
    public static IReadOnlySet<ChainProblem> ProblemsOf(Finding finding)
    {
        var problems = new HashSet<ChainProblem>();
        foreach (var token in finding.Facts(RuleEvidence.ChainProblems))
        {
            problems.Add(Order.FirstOrDefault(p => string.Equals(p.Token(), token, StringComparison.OrdinalIgnoreCase), ChainProblem.Other));
        }

        if (problems.Count == 0)
        {
            problems.Add(ChainProblem.Other);
        }

        return problems;
    }

    public static Cause For(ChainProblem problem, DiagnosisInput input, IReadOnlyList<Finding> showing)
    {
        var fqdn = input.Target.Fqdn;
        var first = showing[0];
        var certificate = CertificateCauses.Describe(first, input);
        var support = new Support(input).Add(showing);
        return problem switch
        {
            ChainProblem.UntrustedRoot when IsSelfSigned(first) => support.ToCause(
                CertificateChainRule.UntrustedRootId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertSelfSignedTitle)),
                Text(nameof(DiagnosisText.CertSelfSignedExplanation), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertReplaceSelfSignedStep)), Text(nameof(DiagnosisText.CertDeployRootStep))]),
            ChainProblem.UntrustedRoot => support.ToCause(
                CertificateChainRule.UntrustedRootId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertUntrustedRootTitle)),
                first.Fact(RuleEvidence.ChainRoot) is { } root
                    ? Text(nameof(DiagnosisText.CertUntrustedRootExplanation), fqdn, certificate, root)
                    : Text(nameof(DiagnosisText.CertUntrustedRootExplanationUnnamed), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertDeployRootStep)), Text(nameof(DiagnosisText.CertGiveCaStep))]),
            ChainProblem.PartialChain => support.ToCause(
                CertificateChainRule.IncompleteId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertChainIncompleteTitle)),
                first.Fact(RuleEvidence.MissingIssuer) is { } issuer
                    ? Text(nameof(DiagnosisText.CertChainIncompleteExplanation), fqdn, certificate, issuer)
                    : Text(nameof(DiagnosisText.CertChainIncompleteExplanationUnnamed), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertInstallIntermediateStep)), Text(nameof(DiagnosisText.CertDeployRootStep))]),
            ChainProblem.IssuerExpired => support.ToCause(
                CertificateChainRule.IssuerExpiredId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertIssuerExpiredTitle)),
                first.Fact(RuleEvidence.IssuerNotAfter) is { } notAfter
                    ? Text(nameof(DiagnosisText.CertIssuerExpiredExplanation), fqdn, certificate, notAfter)
                    : Text(nameof(DiagnosisText.CertIssuerExpiredExplanationUndated), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertRenewCaStep)), Text(nameof(DiagnosisText.CertReissueUnderCaStep), fqdn)]),
            ChainProblem.BadSignature => support.ToCause(
                CertificateChainRule.BadSignatureId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertBadSignatureTitle)),
                Text(nameof(DiagnosisText.CertBadSignatureExplanation), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertCurrentIntermediateStep)), Text(nameof(DiagnosisText.CertReissueStep), fqdn)]),
            _ => support.ToCause(
                CertificateChainRule.InvalidId,
                Strength.Strong,
                Codes(problem),
                Text(nameof(DiagnosisText.CertChainInvalidTitle)),
                first.Fact(RuleEvidence.ElementStatus) is { } flags && flags != "(none)"
                    ? Text(nameof(DiagnosisText.CertChainInvalidExplanation), fqdn, certificate, flags)
                    : Text(nameof(DiagnosisText.CertChainInvalidExplanationUnspecified), fqdn, certificate),
                [Text(nameof(DiagnosisText.CertReissueCheckedStep), fqdn)]),
        };
    }

    /// <summary>The client errors for each problem: exactly the codes cert.chain reports for it.</summary>
    public static IReadOnlyList<string> Codes(ChainProblem problem) => CertificateChainCheck.Codes(problem);

    /// <summary>A chain of one certificate that stops at an untrusted root: the server's certificate signed itself.</summary>
    private static bool IsSelfSigned(Finding finding) =>
        finding.Fact(RuleEvidence.CertificateChain) is { } chain && !chain.Contains(" > ", StringComparison.Ordinal);

    private static LocalizedText Text(string name, params object?[] args) => RuleText.Format(name, args);
}
