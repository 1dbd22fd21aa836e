namespace VpnBot.Lab.Certificates;

/// <summary>
/// A certification authority of the lab. Each publishes its CRL on the lab's CRL server under
/// <see cref="CrlFile"/>; the lab CA and the issuing CA also run an OCSP responder.
/// </summary>
/// <param name="Stem">File stem of its key and certificate, and of its CRL.</param>
/// <param name="Subject">Its distinguished name, as openssl req takes it.</param>
/// <param name="SignedBy">The root that signs it; null for a self-signed root.</param>
internal sealed record LabCa(string Stem, string Subject, LabCa? SignedBy)
{
    /// <summary>The root the tests trust (<c>--ca</c>).</summary>
    public static LabCa Root { get; } = new("ca", "/O=VpnBot Lab/CN=VpnBot Lab Root CA", null);

    /// <summary>An intermediate under <see cref="Root"/>, as enterprise PKIs issue server certificates from.</summary>
    public static LabCa Issuing { get; } = new("issuing-ca", "/O=VpnBot Lab/CN=VpnBot Lab Issuing CA", Root);

    /// <summary>A root nobody trusts here.</summary>
    public static LabCa Untrusted { get; } = new("untrusted-ca", "/O=Elsewhere/CN=Untrusted Root CA", null);

    public static IReadOnlyList<LabCa> All { get; } = [Root, Issuing, Untrusted];

    public bool IsRoot => SignedBy is null;

    /// <summary>The CRL's path under the CRL server's document root (and in its URL).</summary>
    public string CrlFile => Stem + ".crl";
}
