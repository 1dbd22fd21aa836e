using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Chain;

/// <summary>One element of a built chain and what the chain engine said about it.</summary>
/// <param name="Certificate">The certificate at this position (0 = the server's).</param>
/// <param name="Status">The flags reported for it, including those the check leaves to another check.</param>
internal sealed record ChainLink(X509Certificate2 Certificate, X509ChainStatusFlags Status);

/// <summary>The chain as built, and the problems found in it.</summary>
/// <param name="Links">Leaf first, then each issuer the engine found.</param>
/// <param name="Problems">What stops validation, most telling first; empty when the chain is good.</param>
/// <param name="Culprit">The certificate the first problem is about (the one with the bad signature, the last one found, the expired CA).</param>
/// <param name="RootFromExtra">True when the chain ends at a root given with <c>--ca</c> rather than one of the system's.</param>
internal sealed record ChainVerdict(IReadOnlyList<ChainLink> Links, IReadOnlyList<ChainProblem> Problems, X509Certificate2? Culprit, bool RootFromExtra)
{
    public bool Valid => Problems.Count == 0;

    public X509Certificate2 Last => Links[^1].Certificate;
}
