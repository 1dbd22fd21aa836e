using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>
/// What stops the server certificate's chain: one cause for each problem <c>cert.chain</c> lists in its
/// <c>problems</c> evidence, because each has its own fix, and each explains the client error codes
/// <c>cert.chain</c> reports for that problem (see <see cref="ChainCauses"/>).
/// </summary>
internal sealed class CertificateChainRule : IDiagnosisRule
{
    /// <summary>The chain ends in a root CA that is not trusted, or the certificate is self-signed.</summary>
    public const string UntrustedRootId = "cert.untrusted-root";

    /// <summary>The chain stops at a certificate whose issuer was neither sent nor trusted (a missing intermediate).</summary>
    public const string IncompleteId = "cert.chain-incomplete";

    /// <summary>An issuing CA certificate is outside its validity period.</summary>
    public const string IssuerExpiredId = "cert.issuer-expired";

    /// <summary>A signature in the chain does not verify with its issuer's key.</summary>
    public const string BadSignatureId = "cert.bad-signature";

    /// <summary>Anything else the chain engine rejects (constraints, critical extensions), or a failure that names no problem.</summary>
    public const string InvalidId = "cert.chain-invalid";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var failed = input.Of(CheckIds.CertChain, CheckStatus.Fail).ToList();
        foreach (var problem in ChainCauses.Order)
        {
            var showing = failed.Where(f => ChainCauses.ProblemsOf(f).Contains(problem)).ToList();
            if (showing.Count > 0)
            {
                yield return ChainCauses.For(problem, input, showing);
            }
        }
    }
}
