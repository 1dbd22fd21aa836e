using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>Where the certificate under test came from.</summary>
public enum CertificateOrigin
{
    /// <summary>A file given with <c>--cert</c>.</summary>
    File,

    /// <summary>The certificate the SSTP listener presented in a TLS handshake.</summary>
    Tls,

    /// <summary>The certificate in the VPN server's machine store, read by an agent on that server.</summary>
    MachineStore,
}

/// <summary>
/// The server certificate every <c>cert.*</c> check examines, with the certificates that came with it
/// (the chain the server sent, or the intermediates in the file). The certificates are copies the run
/// owns: the TLS handshake's own chain object is gone once the handshake is over.
/// </summary>
/// <param name="Origin">File, TLS or the machine store.</param>
/// <param name="Leaf">The server's own certificate.</param>
/// <param name="Presented">The other certificates sent with it, in the order they came.</param>
/// <param name="SourceEvidence">Where it came from (<c>source</c>, <c>file</c> or <c>endpoint</c>, <c>sni</c>), leading every finding's evidence.</param>
/// <param name="HandshakeEvidence">How the TLS handshake went (protocol, cipher suite, what this machine's trust said); empty for a file.</param>
public sealed record ServerCertificate(
    CertificateOrigin Origin,
    X509Certificate2 Leaf,
    IReadOnlyList<X509Certificate2> Presented,
    IReadOnlyList<KeyValuePair<string, string>> SourceEvidence,
    IReadOnlyList<KeyValuePair<string, string>> HandshakeEvidence)
{
    /// <summary>A new evidence dictionary that starts with where the certificate came from.</summary>
    public Dictionary<string, string> NewEvidence()
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in SourceEvidence)
        {
            evidence[key] = value;
        }

        return evidence;
    }
}
