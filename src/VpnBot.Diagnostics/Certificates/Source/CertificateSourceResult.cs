namespace VpnBot.Diagnostics.Certificates.Source;

/// <summary>Why there is no certificate to examine.</summary>
public enum CertificateUnavailable
{
    /// <summary>There is a certificate.</summary>
    None,

    /// <summary>No <c>--cert</c> and no SSTP: an IKEv2 or L2TP server's certificate is only sent inside encrypted IKE.</summary>
    NotObservable,

    /// <summary>The server name did not resolve, so there was nothing to dial.</summary>
    Unresolved,

    /// <summary>TCP refused (RST): nothing listens on the SSTP port, or a firewall rejects.</summary>
    Refused,

    /// <summary>No answer to the TCP connection attempt in time.</summary>
    NoAnswer,

    /// <summary>No route to the server.</summary>
    Unreachable,

    /// <summary>TCP connected, then the TLS handshake got no answer in time (a stalled peer).</summary>
    Silent,

    /// <summary>The peer answered with bytes that are not TLS.</summary>
    Malformed,

    /// <summary>The TLS handshake failed (alert, protocol or cipher mismatch, connection closed).</summary>
    TlsFailed,

    /// <summary>The machine store was searched and holds no certificate for the name with its private key.</summary>
    NotInStore,
}

/// <summary>The outcome of getting the server certificate once per run: the certificate, or why not with evidence.</summary>
public sealed record CertificateSourceResult
{
    public ServerCertificate? Certificate { get; init; }

    public CertificateUnavailable Unavailable { get; init; }

    /// <summary>What was tried and how it ended (<c>endpoint</c>, <c>outcome</c>, <c>elapsedMs</c>, <c>tlsError</c>...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Evidence { get; init; } = [];

    /// <summary>The address and port dialled, when one was; for a machine store, the machine.</summary>
    public string? Endpoint { get; init; }

    /// <summary>A short description of the failure for the summary (a TLS error, the first bytes received, the store searched).</summary>
    public string? Detail { get; init; }

    /// <summary>How long the attempt took.</summary>
    public TimeSpan Elapsed { get; init; }

    public static CertificateSourceResult Found(ServerCertificate certificate) => new() { Certificate = certificate };
}
