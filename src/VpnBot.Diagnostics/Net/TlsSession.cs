using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Net;

/// <summary>How opening a TLS session ended.</summary>
public enum TlsSessionOutcome
{
    /// <summary>TCP and the TLS handshake completed; the certificate is in hand.</summary>
    Established,

    /// <summary>TCP refused (RST).</summary>
    Refused,

    /// <summary>No answer to the TCP connection attempt in time.</summary>
    NoAnswer,

    /// <summary>No route to the server.</summary>
    Unreachable,

    /// <summary>TCP connected, then the handshake got no answer in time (a stalled peer).</summary>
    Silent,

    /// <summary>The peer answered with bytes that are not TLS.</summary>
    Malformed,

    /// <summary>The handshake failed (an alert, no common version or cipher, the connection closed).</summary>
    Failed,
}

/// <summary>
/// One TLS connection to a server, as a client dialling it opens it: SNI = the name dialled, any
/// certificate accepted (judging it is the certificate checks' job), copies kept of the leaf and of every
/// certificate the server sent. The stream stays open for the one caller that continues on it.
/// </summary>
public sealed class TlsSession : IAsyncDisposable
{
    private SslStream? _stream;

    private TlsSession(TlsSessionOutcome outcome, IPEndPoint endpoint, string serverName)
    {
        Outcome = outcome;
        Endpoint = endpoint;
        ServerName = serverName;
    }

    public TlsSessionOutcome Outcome { get; }

    public IPEndPoint Endpoint { get; }

    /// <summary>The SNI sent.</summary>
    public string ServerName { get; }

    /// <summary>Time to the TCP connection (or to giving up on it).</summary>
    public TimeSpan ConnectElapsed { get; private init; }

    /// <summary>Time from the first SYN to the end of the handshake (or to giving up on it).</summary>
    public TimeSpan Elapsed { get; private init; }

    public SocketError? SocketError { get; private init; }

    /// <summary>Why the handshake failed, in the TLS library's words, when it did.</summary>
    public string? Problem { get; private init; }

    /// <summary>The first bytes the peer sent, kept to show what a non-TLS peer speaks.</summary>
    public ReadOnlyMemory<byte> FirstBytes { get; private init; }

    public X509Certificate2? Leaf { get; private init; }

    /// <summary>What the server sent besides the leaf (intermediates, sometimes the root).</summary>
    public IReadOnlyList<X509Certificate2> Presented { get; private init; } = [];

    /// <summary>How this machine's own validation judged the certificate (for evidence only).</summary>
    public SslPolicyErrors PolicyErrors { get; private init; }

    public SslProtocols Protocol { get; private init; }

    public TlsCipherSuite CipherSuite { get; private init; }

    /// <summary>
    /// Hands the open stream to the caller that continues the conversation (the SSTP probe); later
    /// callers get null. The taker disposes it.
    /// </summary>
    public SslStream? TakeStream() => Interlocked.Exchange(ref _stream, null);

    public ValueTask DisposeAsync() => TakeStream()?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Opens the session within <paramref name="budget"/>; network conditions end as outcomes, not exceptions.</summary>
    public static async Task<TlsSession> OpenAsync(IPEndPoint endpoint, string serverName, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        var dial = await TcpDial.ConnectAsync(endpoint, budget, time, cancellationToken).ConfigureAwait(false);
        if (dial.Outcome != TcpOutcome.Connected)
        {
            var outcome = dial.Outcome switch
            {
                TcpOutcome.Refused => TlsSessionOutcome.Refused,
                TcpOutcome.TimedOut => TlsSessionOutcome.NoAnswer,
                _ => TlsSessionOutcome.Unreachable,
            };
            return new TlsSession(outcome, endpoint, serverName) { ConnectElapsed = dial.Elapsed, Elapsed = dial.Elapsed, SocketError = dial.SocketError };
        }

        var left = budget - time.GetElapsedTime(started);
        using var timeout = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var capture = new PresentedCertificates();
        var wire = new FirstBytesStream(new NetworkStream(dial.Socket!, ownsSocket: true));
        var ssl = new SslStream(wire, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(Options(serverName, capture), linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or AuthenticationException or IOException or SocketException && !cancellationToken.IsCancellationRequested)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            // A wait that ran out can surface as a broken handshake: it is still a stall.
            var stalled = timeout.IsCancellationRequested;
            var outcome = wire.ReceivedNonTls ? TlsSessionOutcome.Malformed : stalled ? TlsSessionOutcome.Silent : TlsSessionOutcome.Failed;
            return new TlsSession(outcome, endpoint, serverName)
            {
                ConnectElapsed = dial.Elapsed,
                Elapsed = time.GetElapsedTime(started),
                FirstBytes = wire.First.ToArray(),
                Problem = outcome == TlsSessionOutcome.Failed ? Reason(ex) : null,
            };
        }

        if (capture.Leaf is null)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            return new TlsSession(TlsSessionOutcome.Failed, endpoint, serverName)
            {
                ConnectElapsed = dial.Elapsed,
                Elapsed = time.GetElapsedTime(started),
                Problem = "no certificate",
            };
        }

        return new TlsSession(TlsSessionOutcome.Established, endpoint, serverName)
        {
            ConnectElapsed = dial.Elapsed,
            Elapsed = time.GetElapsedTime(started),
            FirstBytes = wire.First.ToArray(),
            Leaf = capture.Leaf,
            Presented = capture.Others,
            PolicyErrors = capture.Errors,
            Protocol = ssl.SslProtocol,
            CipherSuite = ssl.NegotiatedCipherSuite,
            _stream = ssl,
        };
    }

    private static SslClientAuthenticationOptions Options(string serverName, PresentedCertificates capture) => new()
    {
        TargetHost = serverName,
        // Revocation is cert.revocation's subject, and a download here would spend the budget uncontrolled.
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        CertificateChainPolicy = new X509ChainPolicy
        {
            RevocationMode = X509RevocationMode.NoCheck,
            DisableCertificateDownloads = true,
        },
#pragma warning disable CA5359 // The certificate checks judge the certificate; the probes must reach what is behind any certificate.
        RemoteCertificateValidationCallback = (_, certificate, chain, errors) =>
        {
            capture.Take(certificate, chain, errors);
            return true;
        },
#pragma warning restore CA5359
    };

    /// <summary>The exception's message and its innermost one (the TLS library's own words, such as an alert), on one line.</summary>
    internal static string Reason(Exception ex)
    {
        var innermost = ex;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        var reason = innermost.Message != ex.Message ? $"{ex.Message} {innermost.Message}" : ex.Message;
        return reason.ReplaceLineEndings(" ").Trim();
    }

    /// <summary>Copies what the validation callback sees: the chain object is disposed when the callback returns.</summary>
    private sealed class PresentedCertificates
    {
        public X509Certificate2? Leaf { get; private set; }

        public List<X509Certificate2> Others { get; } = [];

        public SslPolicyErrors Errors { get; private set; }

        public void Take(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            Errors = errors;
            if (certificate is null)
            {
                return;
            }

            Leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            if (chain is null)
            {
                return;
            }

            // The extra store holds what the peer sent besides the leaf; the built chain may add local roots.
            foreach (var sent in chain.ChainPolicy.ExtraStore)
            {
                if (!sent.RawDataMemory.Span.SequenceEqual(Leaf.RawDataMemory.Span))
                {
                    Others.Add(X509CertificateLoader.LoadCertificate(sent.RawDataMemory.Span));
                }
            }
        }
    }
}
