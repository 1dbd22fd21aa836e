using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Chain;

/// <summary>
/// Builds the server certificate's chain the way a client decides trust: against the system's roots plus
/// any given with <c>--ca</c>, at the run's clock, with the intermediates the server sent (or the file
/// held). Revocation is not checked here (<c>cert.revocation</c> owns it), and nothing is downloaded: a
/// chain that only completes through an AIA download is reported as incomplete, since the server should
/// send its intermediates itself.
/// </summary>
internal static class ChainVerification
{
    public static ChainVerdict Verify(
        X509Certificate2 leaf,
        IEnumerable<X509Certificate2> intermediates,
        IEnumerable<X509Certificate2> systemRoots,
        IReadOnlyList<X509Certificate2> extraRoots,
        DateTimeOffset at)
    {
        using var chain = new X509Chain();
        var policy = chain.ChainPolicy;
        policy.RevocationMode = X509RevocationMode.NoCheck;
        policy.DisableCertificateDownloads = true;
        policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        policy.VerificationTime = at.UtcDateTime;
        policy.VerificationTimeIgnored = false;
        foreach (var root in systemRoots.Concat(extraRoots))
        {
            policy.CustomTrustStore.Add(root);
        }

        foreach (var intermediate in intermediates)
        {
            policy.ExtraStore.Add(intermediate);
        }

        chain.Build(leaf);
        var links = chain.ChainElements
            .Select(element => new ChainLink(
                X509CertificateLoader.LoadCertificate(element.Certificate.RawDataMemory.Span),
                element.ChainElementStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status)))
            .ToList();
        if (links.Count == 0)
        {
            links.Add(new ChainLink(leaf, chain.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status)));
        }

        return Classify(links, extraRoots);
    }

    /// <summary>The system's trusted roots (machine and user stores), read once per call.</summary>
    public static X509Certificate2Collection SystemRoots()
    {
        var roots = new X509Certificate2Collection();
        foreach (var location in new[] { StoreLocation.LocalMachine, StoreLocation.CurrentUser })
        {
            try
            {
                using var store = new X509Store(StoreName.Root, location);
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                roots.AddRange(store.Certificates);
            }
            catch (CryptographicException)
            {
                // A store that does not exist on this platform (no user root store) holds no roots.
            }
        }

        return roots;
    }

    private static ChainVerdict Classify(List<ChainLink> links, IReadOnlyList<X509Certificate2> extraRoots)
    {
        var problems = new List<ChainProblem>();
        X509Certificate2? culprit = null;
        void Add(ChainProblem problem, X509Certificate2 about)
        {
            if (!problems.Contains(problem))
            {
                problems.Add(problem);
                culprit ??= about;
            }
        }

        var last = links[^1];
        var badSignature = links.FirstOrDefault(link => link.Status.HasFlag(X509ChainStatusFlags.NotSignatureValid));
        if (badSignature is not null)
        {
            Add(ChainProblem.BadSignature, badSignature.Certificate);
        }

        if (links.Any(link => link.Status.HasFlag(X509ChainStatusFlags.PartialChain)))
        {
            Add(ChainProblem.PartialChain, last.Certificate);
        }
        else if (last.Status.HasFlag(X509ChainStatusFlags.UntrustedRoot))
        {
            Add(ChainProblem.UntrustedRoot, last.Certificate);
        }

        // The server certificate's own dates are cert.expiry's finding; here only the issuers' count.
        var expiredIssuer = links.Skip(1).FirstOrDefault(link => link.Status.HasFlag(X509ChainStatusFlags.NotTimeValid));
        if (expiredIssuer is not null)
        {
            Add(ChainProblem.IssuerExpired, expiredIssuer.Certificate);
        }

        const X509ChainStatusFlags known = X509ChainStatusFlags.NotSignatureValid | X509ChainStatusFlags.PartialChain
            | X509ChainStatusFlags.UntrustedRoot | X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.NotTimeNested;
        var other = links.FirstOrDefault(link => (link.Status & ~known) != X509ChainStatusFlags.NoError);
        if (other is not null)
        {
            Add(ChainProblem.Other, other.Certificate);
        }

        var root = last.Certificate.RawDataMemory;
        var rootFromExtra = problems.Count == 0 && extraRoots.Any(extra => extra.RawDataMemory.Span.SequenceEqual(root.Span));
        return new ChainVerdict(links, problems, culprit, rootFromExtra);
    }
}
