namespace VpnBot.Lab.Certificates;

/// <summary>What one server certificate of the lab looks like, relative to the moment it is minted.</summary>
/// <param name="Name">File stem and OpenSSL section name.</param>
/// <param name="Issuer">The CA that signs it.</param>
/// <param name="CommonName">Subject CN.</param>
/// <param name="DnsNames">subjectAltName DNS names.</param>
/// <param name="ExtendedKeyUsages">EKU OIDs.</param>
/// <param name="ValidFrom">notBefore, relative to now.</param>
/// <param name="ValidUntil">notAfter, relative to now.</param>
/// <param name="Revocation">The CRL distribution points and OCSP responders it names.</param>
/// <param name="Revoked">True to have its issuer revoke it before publishing the CRL.</param>
internal sealed record CertificateProfile(
    string Name,
    LabCa Issuer,
    string CommonName,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<string> ExtendedKeyUsages,
    TimeSpan ValidFrom,
    TimeSpan ValidUntil,
    RevocationPointers Revocation,
    bool Revoked = false)
{
    /// <summary>TLS Web Server Authentication (RFC 5280 §4.2.1.12).</summary>
    public const string ServerAuth = "1.3.6.1.5.5.7.3.1";

    /// <summary>IP security IKE intermediate (RFC 4945 §5.1.3.12), which Windows IKEv2 clients look for.</summary>
    public const string IkeIntermediate = "1.3.6.1.5.5.8.2.2";
}

/// <summary>Where a certificate says its revocation status is published.</summary>
/// <param name="CrlUrls">cRLDistributionPoints URIs (RFC 5280 §4.2.1.13).</param>
/// <param name="OcspUrls">authorityInfoAccess OCSP URIs (RFC 5280 §4.2.2.1).</param>
internal sealed record RevocationPointers(IReadOnlyList<string> CrlUrls, IReadOnlyList<string> OcspUrls)
{
    public static RevocationPointers None { get; } = new([], []);
}

/// <summary>A certificate minted into the lab folder.</summary>
internal sealed record MintedCertificate(
    CertificateProfile Profile,
    string CertificateFile,
    string Subject,
    string SerialNumber,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string IssuerCertificateFile);
