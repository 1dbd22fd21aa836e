namespace VpnBot.Lab.Certificates;

/// <summary>What one server certificate of the lab looks like, relative to the moment it is minted.</summary>
/// <param name="Name">File stem and OpenSSL section name.</param>
/// <param name="IssuedByUntrustedCa">True to have the untrusted CA sign it instead of the lab CA.</param>
/// <param name="CommonName">Subject CN.</param>
/// <param name="DnsNames">subjectAltName DNS names.</param>
/// <param name="ExtendedKeyUsages">EKU OIDs.</param>
/// <param name="ValidFrom">notBefore, relative to now.</param>
/// <param name="ValidUntil">notAfter, relative to now.</param>
internal sealed record CertificateProfile(
    string Name,
    bool IssuedByUntrustedCa,
    string CommonName,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<string> ExtendedKeyUsages,
    TimeSpan ValidFrom,
    TimeSpan ValidUntil)
{
    /// <summary>TLS Web Server Authentication (RFC 5280 §4.2.1.12).</summary>
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";

    /// <summary>IP security IKE intermediate (RFC 4945 §5.1.3.12), which Windows IKEv2 clients look for.</summary>
    public const string IkeIntermediate = "1.3.6.1.5.5.8.2.2";
}

/// <summary>A certificate minted into the lab folder.</summary>
internal sealed record MintedCertificate(
    CertificateProfile Profile, string CertificateFile, string Subject, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string IssuerCertificateFile);
