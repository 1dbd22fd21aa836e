namespace VpnBot.Diagnostics.Certificates.Chain;

/// <summary>What stops the chain from validating, most telling first. Values are the <c>problems</c> evidence tokens.</summary>
public enum ChainProblem
{
    /// <summary>A signature in the chain does not verify with its issuer's key (<c>bad-signature</c>).</summary>
    BadSignature,

    /// <summary>The chain stops at a certificate whose issuer was neither sent nor trusted (<c>partial-chain</c>).</summary>
    PartialChain,

    /// <summary>The chain reaches a self-signed root that is not trusted (<c>untrusted-root</c>).</summary>
    UntrustedRoot,

    /// <summary>An issuing CA certificate is outside its validity period (<c>issuer-expired</c>).</summary>
    IssuerExpired,

    /// <summary>Anything else the chain engine reports (basic constraints, name constraints, critical extensions: <c>other</c>).</summary>
    Other,
}

internal static class ChainProblemTokens
{
    public static string Token(this ChainProblem problem) => problem switch
    {
        ChainProblem.BadSignature => "bad-signature",
        ChainProblem.PartialChain => "partial-chain",
        ChainProblem.UntrustedRoot => "untrusted-root",
        ChainProblem.IssuerExpired => "issuer-expired",
        _ => "other",
    };
}
