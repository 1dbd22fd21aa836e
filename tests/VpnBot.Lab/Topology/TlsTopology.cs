using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// TLS endpoints on port 443 (<c>openssl s_server</c>, one address each) and the certificates they present,
/// all minted at start with the openssl CLI from the lab's own CAs (<see cref="PkiTopology"/>).
/// </summary>
public sealed record TlsTopology
{
    /// <summary>The name clients expect in the certificate (<c>vpn.example.local</c>).</summary>
    public required string ServerName { get; init; }

    /// <summary>The lab CA's certificate (PEM), <see cref="PkiTopology.Root"/>: pass it as <c>--ca</c>; every certificate but the untrusted one chains to it.</summary>
    public required string CaCertificateFile { get; init; }

    /// <summary>The CA that issued <see cref="UntrustedIssuer"/>, deliberately not in <see cref="CaCertificateFile"/>.</summary>
    public required string UntrustedCaCertificateFile { get; init; }

    /// <summary>
    /// The healthy VPN server's TLS endpoint: <c>openssl s_server</c> with the good certificate. It serves one connection
    /// at a time, which is all a run needs: <c>sstp.listener</c> and the certificate checks share one TLS session.
    /// </summary>
    public required TlsEndpoint Vpn { get; init; }

    /// <summary>
    /// Every <c>cert.*</c> check passes: SAN = the VPN name, EKU serverAuth + IKE intermediate, valid for a year, lab CA,
    /// whose CRL and OCSP responder answer.
    /// </summary>
    public required TlsEndpoint Good { get; init; }

    /// <summary><c>cert.expiry</c> fails: expired a month ago (OpenSSL verify error 10).</summary>
    public required TlsEndpoint Expired { get; init; }

    /// <summary>
    /// A week left: <c>cert.expiry</c> fails under the default thresholds (fail within 7 days, warn within 30) and warns
    /// once <c>CertificateFailDays</c> is below 7.
    /// </summary>
    public required TlsEndpoint ExpiringSoon { get; init; }

    /// <summary><c>cert.name</c> fails: issued to another name (OpenSSL verify error 62, hostname mismatch).</summary>
    public required TlsEndpoint WrongName { get; init; }

    /// <summary>
    /// <c>cert.eku</c> warns when IKEv2 is offered (and passes for SSTP alone): serverAuth only, no IP security IKE
    /// intermediate (1.3.6.1.5.5.8.2.2), which Microsoft recommends for IKEv2 but clients do not insist on.
    /// </summary>
    public required TlsEndpoint NoIkeEku { get; init; }

    /// <summary><c>cert.chain</c> fails: issued by a CA that is not trusted (OpenSSL verify error 20).</summary>
    public required TlsEndpoint UntrustedIssuer { get; init; }

    /// <summary>
    /// <c>openssl s_server</c> with the good certificate that speaks TLS 1.1 and nothing else, which clients of today
    /// refuse: <c>sstp.listener</c> fails with <c>outcome=tls-failed</c>.
    /// </summary>
    public required TlsEndpoint Tls11Only { get; init; }

    /// <summary>
    /// <c>openssl s_server -www</c> with the good certificate, kept for <c>sstp.listener</c>: TLS completes, a GET gets
    /// a status page, and SSTP_DUPLEX_POST gets no answer (<c>outcome=silent</c>, <c>stage=http</c>) — a web server,
    /// not an SSTP listener.
    /// </summary>
    public required TlsEndpoint NotSstp { get; init; }

    /// <summary>
    /// <c>cert.revocation</c> fails with CRYPT_E_REVOKED (0x80092010) and 13801, diagnosed <c>cert.revoked</c>: the lab CA
    /// revoked this certificate (reason superseded), its CRL lists the serial and its OCSP responder answers "revoked".
    /// Every other check passes.
    /// </summary>
    public required TlsEndpoint Revoked { get; init; }

    /// <summary>
    /// <c>cert.revocation</c> fails with CRYPT_E_REVOCATION_OFFLINE (0x80092013) where SSTP is offered (warns otherwise),
    /// diagnosed <c>cert.revocation-offline</c>: the certificate's only location is <see cref="PkiTopology.StaleCrlUrl"/>,
    /// a CRL whose nextUpdate has passed (location token <c>expired</c>). No OCSP responder.
    /// </summary>
    public required TlsEndpoint StaleCrl { get; init; }

    /// <summary>
    /// <c>cert.revocation</c> fails with 0x80092013 where SSTP is offered (warns otherwise), diagnosed
    /// <c>cert.revocation-offline</c>: the certificate's CRL and OCSP locations are on <see cref="PkiTopology.OfflineAddress"/>,
    /// where nothing answers (location token <c>no-answer</c>, after the check's 3 s per location).
    /// </summary>
    public required TlsEndpoint RevocationOffline { get; init; }

    /// <summary>
    /// A certificate from <see cref="PkiTopology.Issuing"/>, sent with that intermediate (<c>s_server -cert_chain</c>):
    /// <c>cert.chain</c> passes with only the lab CA as <c>--ca</c> (two certificates presented), and every other check too.
    /// </summary>
    public required TlsEndpoint IntermediateSent { get; init; }

    /// <summary>
    /// The certificate of <see cref="IntermediateSent"/> sent alone, as a server whose intermediate was never installed:
    /// <c>cert.chain</c> fails with <c>partial-chain</c> (the issuing CA is missing; nothing is downloaded), diagnosed
    /// <c>cert.chain-incomplete</c>.
    /// </summary>
    public required TlsEndpoint IntermediateMissing { get; init; }

    /// <summary>
    /// <c>openssl s_server -Verify 1</c> with the good certificate, TLS 1.3: the server demands a client certificate. With
    /// TLS 1.3 the client's side of the handshake completes before the server judges the (empty) client certificate, so
    /// every <c>cert.*</c> check reads the certificate and passes, and the server's <c>certificate_required</c> alert
    /// (116) ends the session when <c>sstp.listener</c> sends its request: <c>outcome=tls-failed</c>, <c>stage=tls</c>,
    /// diagnosed <c>sstp.tls-failed</c>.
    /// </summary>
    public required TlsEndpoint ClientCertificateRequired { get; init; }

    /// <summary>
    /// As <see cref="ClientCertificateRequired"/>, but with TLS 1.2 at most (like Windows Server 2019): the server's
    /// handshake_failure alert (40) comes before its Finished, so the handshake itself fails. Every <c>cert.*</c> check
    /// reports <c>error</c> with <c>outcome=tls-failed</c> (no certificate to judge), and <c>sstp.listener</c> fails with
    /// <c>outcome=tls-failed</c>, <c>stage=tls</c>.
    /// </summary>
    public required TlsEndpoint ClientCertificateRequiredTls12 { get; init; }

    /// <summary>
    /// Why no endpoint answers SSTP (<c>SSTP_DUPLEX_POST</c>): the one SSTP server packaged here does not work
    /// (it runs as <see cref="SstpTopology.BrokenListener"/>). The s_server endpoints complete TLS but are not SSTP listeners.
    /// </summary>
    public required string SstpUnavailableReason { get; init; }
}

/// <summary>A TLS endpoint and the certificate it presents.</summary>
/// <param name="Endpoint">Address and port 443.</param>
/// <param name="CertificateFile">The certificate (PEM), for <c>--cert</c>.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="DnsNames">Its subjectAltName DNS names.</param>
/// <param name="ExtendedKeyUsages">Its EKU OIDs.</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
/// <param name="IssuerCertificateFile">The certificate of the CA that issued it.</param>
/// <param name="SerialNumber">Its serial number, upper-case hex.</param>
/// <param name="CrlUrls">Its CRL distribution points.</param>
/// <param name="OcspUrls">Its OCSP responders (authority information access).</param>
/// <param name="ChainFile">What the server sends after its own certificate (an intermediate), or null for nothing.</param>
public sealed record TlsEndpoint(
    IPEndPoint Endpoint,
    string CertificateFile,
    string Subject,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<string> ExtendedKeyUsages,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string IssuerCertificateFile,
    string SerialNumber,
    IReadOnlyList<string> CrlUrls,
    IReadOnlyList<string> OcspUrls,
    string? ChainFile)
{
    /// <summary>The endpoint's address.</summary>
    public IPAddress Address => Endpoint.Address;
}
