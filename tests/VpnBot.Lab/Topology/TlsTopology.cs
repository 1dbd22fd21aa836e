using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// TLS endpoints on port 443 (<c>openssl s_server</c>, one address each) and the certificates they present,
/// all minted at start with the openssl CLI from the lab's own CA.
/// </summary>
public sealed record TlsTopology
{
    /// <summary>The name clients expect in the certificate (<c>vpn.example.local</c>).</summary>
    public required string ServerName { get; init; }

    /// <summary>The lab CA's certificate (PEM): pass it as <c>--ca</c>; every certificate but the untrusted one chains to it.</summary>
    public required string CaCertificateFile { get; init; }

    /// <summary>The CA that issued <see cref="UntrustedIssuer"/>, deliberately not in <see cref="CaCertificateFile"/>.</summary>
    public required string UntrustedCaCertificateFile { get; init; }

    /// <summary>
    /// The healthy VPN server's TLS endpoint: the good certificate, served to any number of clients at once (the lab's
    /// own HTTPS server, which answers like <c>s_server -www</c>), so <c>sstp.listener</c> and the certificate checks
    /// of one run never wait for each other.
    /// </summary>
    public required TlsEndpoint Vpn { get; init; }

    /// <summary>Every <c>cert.*</c> check passes: SAN = the VPN name, EKU serverAuth + IKE intermediate, valid for a year, lab CA.</summary>
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
    /// not an SSTP listener. s_server serves one connection at a time, and the SSTP probe holds its connection for
    /// its whole budget: aim certificate checks at the other endpoints.
    /// </summary>
    public required TlsEndpoint NotSstp { get; init; }

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
public sealed record TlsEndpoint(
    IPEndPoint Endpoint,
    string CertificateFile,
    string Subject,
    IReadOnlyList<string> DnsNames,
    IReadOnlyList<string> ExtendedKeyUsages,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string IssuerCertificateFile)
{
    /// <summary>The endpoint's address.</summary>
    public IPAddress Address => Endpoint.Address;
}
