using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// The lab's certification authorities, all made with <c>openssl ca</c> at start, and where their revocation status
/// is published: one CRL server for every CA's CRL (DER, <c>application/pkix-crl</c>) and an <c>openssl ocsp</c>
/// responder each for <see cref="Root"/> and <see cref="Issuing"/>, on the PKI host. Every certificate a TLS endpoint
/// presents names its issuer's CRL (and OCSP responder, where there is one), so <c>cert.revocation</c> passes on it —
/// except on the endpoints whose revocation is broken on purpose (<see cref="TlsTopology.Revoked"/>,
/// <see cref="TlsTopology.StaleCrl"/>, <see cref="TlsTopology.RevocationOffline"/>).
/// </summary>
public sealed record PkiTopology
{
    /// <summary>The lab CA, a root: give it as <c>--ca</c>. Revoked <see cref="TlsTopology.Revoked"/>'s certificate.</summary>
    public required CertificationAuthority Root { get; init; }

    /// <summary>An intermediate under <see cref="Root"/>; issued the certificate of <see cref="TlsTopology.IntermediateSent"/> and <see cref="TlsTopology.IntermediateMissing"/>.</summary>
    public required CertificationAuthority Issuing { get; init; }

    /// <summary>A root not trusted here; issued <see cref="TlsTopology.UntrustedIssuer"/>'s certificate. Publishes a CRL, runs no OCSP responder.</summary>
    public required CertificationAuthority Untrusted { get; init; }

    /// <summary>The PKI host's namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>BusyBox httpd on TCP 80: every CA's CRL at <c>/{stem}.crl</c>, and the stale one.</summary>
    public required IPEndPoint CrlServer { get; init; }

    /// <summary>What serves the CRLs.</summary>
    public required string CrlServerSoftware { get; init; }

    /// <summary>
    /// A second distribution point of <see cref="Root"/> that its publishing no longer reaches: a CRL the lab CA signed
    /// (no entries) with <see cref="StaleCrlThisUpdate"/> ten days ago and <see cref="StaleCrlNextUpdate"/> three days ago.
    /// </summary>
    public required string StaleCrlUrl { get; init; }

    /// <summary>thisUpdate of the CRL at <see cref="StaleCrlUrl"/>.</summary>
    public required DateTimeOffset StaleCrlThisUpdate { get; init; }

    /// <summary>nextUpdate of the CRL at <see cref="StaleCrlUrl"/>, in the past.</summary>
    public required DateTimeOffset StaleCrlNextUpdate { get; init; }

    /// <summary>An address whose packets the firewall drops: a CRL and OCSP server that is down (no answer, no ICMP).</summary>
    public required IPAddress OfflineAddress { get; init; }

    /// <summary>The lab CA's CRL path on <see cref="OfflineAddress"/>.</summary>
    public required string OfflineCrlUrl { get; init; }

    /// <summary>The lab CA's OCSP port on <see cref="OfflineAddress"/>.</summary>
    public required string OfflineOcspUrl { get; init; }
}

/// <summary>A CA of the lab and where it publishes.</summary>
/// <param name="CommonName">Its subject's CN.</param>
/// <param name="CertificateFile">Its certificate (PEM).</param>
/// <param name="CrlUrl">Its CRL on the CRL server.</param>
/// <param name="CrlFile">The same CRL on disk (DER).</param>
/// <param name="OcspUrl">Its OCSP responder, or null when it runs none.</param>
/// <param name="Database">Its <c>openssl ca</c> database: every certificate it issued, the revoked marked <c>R</c>.</param>
/// <param name="RevokedSerials">Serial numbers (upper-case hex) its CRL and OCSP responder report as revoked.</param>
public sealed record CertificationAuthority(
    string CommonName,
    string CertificateFile,
    string CrlUrl,
    string CrlFile,
    string? OcspUrl,
    string Database,
    IReadOnlyList<string> RevokedSerials);
