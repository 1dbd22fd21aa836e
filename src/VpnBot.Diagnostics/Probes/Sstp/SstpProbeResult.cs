using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>Where an SSTP probe stopped.</summary>
public enum SstpStage
{
    /// <summary>The TCP connection did not open.</summary>
    Tcp,

    /// <summary>TCP opened; the TLS handshake did not complete.</summary>
    Tls,

    /// <summary>TLS completed; what follows is about the HTTP answer.</summary>
    Http,
}

/// <summary>Everything the SSTP probe learned, for the check to judge.</summary>
public sealed record SstpProbeResult(string Outcome, SstpStage Stage, TlsSession Session)
{
    /// <summary>"TLS 1.3" and the like, once TLS completed.</summary>
    public string? TlsVersion { get; init; }

    /// <summary>The IANA name of the negotiated cipher suite.</summary>
    public string? Cipher { get; init; }

    /// <summary>The parsed response head, when one came.</summary>
    public HttpResponseHead? Head { get; init; }

    /// <summary>What arrived when it was not an HTTP response head.</summary>
    public byte[] Received { get; init; } = [];

    /// <summary>Why TLS failed or why the answer is not HTTP.</summary>
    public string? Problem { get; init; }

    /// <summary>How long the probe waited at the stage where it stopped.</summary>
    public TimeSpan Waited { get; init; }

    /// <summary>The SSTPCORRELATIONID the request carried, to find it in server logs.</summary>
    public string? CorrelationId { get; init; }
}
