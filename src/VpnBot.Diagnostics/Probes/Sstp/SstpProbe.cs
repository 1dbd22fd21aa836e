using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>
/// Does what an SSTP client does after TLS: sends <c>SSTP_DUPLEX_POST</c> and reads the response head,
/// bounded in size and time. The certificate was accepted whatever it is: the <c>cert.*</c> checks judge
/// it, this probe asks whether an SSTP listener is behind it.
/// </summary>
public static class SstpProbe
{
    /// <summary>Largest response head read; a real SSTP answer is about 150 octets.</summary>
    public const int MaxHeadLength = 16 * 1024;

    private static readonly TimeSpan CloseWait = TimeSpan.FromMilliseconds(200);

    /// <summary>The shortest wait for the HTTP answer, however fast the handshake was.</summary>
    private static readonly TimeSpan MinHttpWait = TimeSpan.FromMilliseconds(500);

    private const int HttpWaitHandshakes = 10;

    /// <summary>
    /// Continues the run's TLS session with <c>SSTP_DUPLEX_POST</c>. A listener answers at once (HTTP.sys
    /// replies without any backend), so after a completed handshake the wait for the answer is bounded
    /// by the handshake's own pace: ten handshakes, at least half a second.
    /// </summary>
    public static async Task<SstpProbeResult> RunAsync(TlsSession session, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        switch (session.Outcome)
        {
            case TlsSessionOutcome.Refused:
                return new SstpProbeResult(ProbeOutcome.Refused, SstpStage.Tcp, session);
            case TlsSessionOutcome.NoAnswer:
                return new SstpProbeResult(ProbeOutcome.NoAnswer, SstpStage.Tcp, session) { Waited = session.ConnectElapsed };
            case TlsSessionOutcome.Unreachable:
                return new SstpProbeResult(ProbeOutcome.Unreachable, SstpStage.Tcp, session);
            case TlsSessionOutcome.Silent:
                return new SstpProbeResult(ProbeOutcome.Silent, SstpStage.Tls, session) { Waited = session.Elapsed - session.ConnectElapsed };
            case TlsSessionOutcome.Malformed:
                // Something answers on the port, but not TLS (often plain HTTP or another service): to the client it is a failed handshake.
                return new SstpProbeResult(ProbeOutcome.TlsFailed, SstpStage.Tls, session)
                {
                    Problem = "not TLS",
                    Received = session.FirstBytes.ToArray(),
                };
            case TlsSessionOutcome.Failed:
                return new SstpProbeResult(ProbeOutcome.TlsFailed, SstpStage.Tls, session) { Problem = session.Problem };
        }

        var ssl = session.TakeStream();
        if (ssl is null)
        {
            return new SstpProbeResult(ProbeOutcome.TlsFailed, SstpStage.Tls, session) { Problem = "the TLS session was already closed" };
        }

        await using (ssl.ConfigureAwait(false))
        {
            var correlation = SstpRequest.CorrelationHeader(Guid.NewGuid());
            var tls = new SstpProbeResult(ProbeOutcome.Answered, SstpStage.Http, session)
            {
                TlsVersion = Describe(ssl.SslProtocol),
                Cipher = ssl.NegotiatedCipherSuite.ToString(),
                CorrelationId = correlation,
            };

            var paced = session.Elapsed * HttpWaitHandshakes;
            var readWait = paced > MinHttpWait ? paced : MinHttpWait;
            var left = budget - time.GetElapsedTime(started);
            if (readWait > left)
            {
                readWait = left;
            }

            var result = await ExchangeAsync(ssl, SstpRequest.Build(session.ServerName, Guid.Parse(correlation)), readWait, time, cancellationToken).ConfigureAwait(false);
            if (!result.TimedOut && result.TlsProblem is null)
            {
                await CloseAsync(ssl, time).ConfigureAwait(false);
            }

            return Judge(tls with { Waited = readWait }, result);
        }
    }

    /// <param name="TlsProblem">Why the TLS layer ended the session, when it was not the connection itself failing.</param>
    private readonly record struct HeadRead(byte[] Bytes, int End, bool Closed, bool TimedOut, string? TlsProblem = null);

    /// <summary>Sends the request and reads until the end of the response head, the size limit, the peer closing, or the wait running out.</summary>
    private static async Task<HeadRead> ExchangeAsync(SslStream ssl, byte[] request, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadLength];
        var filled = 0;
        using var timeout = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await ssl.WriteAsync(request, linked.Token).ConfigureAwait(false);
            while (filled < buffer.Length)
            {
                var read = await ssl.ReadAsync(buffer.AsMemory(filled), linked.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return new HeadRead(buffer[..filled], -1, Closed: true, TimedOut: false);
                }

                filled += read;
                var end = HttpResponseHeadParser.FindEnd(buffer.AsSpan(0, filled));
                if (end >= 0)
                {
                    return new HeadRead(buffer[..filled], end, Closed: false, TimedOut: false);
                }
            }

            return new HeadRead(buffer, -1, Closed: false, TimedOut: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HeadRead(buffer[..filled], -1, Closed: false, TimedOut: true);
        }
        catch (IOException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The wait ran out and the stream reported the cancelled read as an I/O error.
            return new HeadRead(buffer[..filled], -1, Closed: false, TimedOut: true);
        }
        catch (IOException ex) when (ex.InnerException is not null and not SocketException)
        {
            // A TLS alert after the client's side of the handshake: with TLS 1.3 a server that demands a client
            // certificate rejects the handshake only once the client has finished it and sent its request.
            return new HeadRead(buffer[..filled], -1, Closed: true, TimedOut: false, TlsSession.Reason(ex));
        }
        catch (IOException)
        {
            return new HeadRead(buffer[..filled], -1, Closed: true, TimedOut: false);
        }
    }

    private static SstpProbeResult Judge(SstpProbeResult tls, HeadRead read)
    {
        if (read.End >= 0)
        {
            var head = HttpResponseHeadParser.Parse(read.Bytes.AsSpan(0, read.End));
            return head.Ok
                ? tls with { Head = head.Value, Outcome = head.Value.StatusCode == 200 ? ProbeOutcome.Answered : ProbeOutcome.Rejected }
                : tls with { Outcome = ProbeOutcome.Malformed, Problem = head.Problem, Received = read.Bytes };
        }

        if (read.TlsProblem is not null && read.Bytes.Length == 0)
        {
            return tls with { Outcome = ProbeOutcome.TlsFailed, Stage = SstpStage.Tls, Problem = read.TlsProblem };
        }

        if (read.Bytes.Length == 0)
        {
            return tls with { Outcome = read.TimedOut ? ProbeOutcome.Silent : ProbeOutcome.Rejected };
        }

        var problem = read.TimedOut ? $"{read.Bytes.Length} octets without an end of headers, then nothing"
            : read.Closed ? $"connection closed after {read.Bytes.Length} octets without an end of headers"
            : $"no end of headers within {MaxHeadLength} octets";
        return tls with { Outcome = ProbeOutcome.Malformed, Problem = problem, Received = read.Bytes };
    }

    /// <summary>Sends TLS close_notify, without waiting long for a peer that does not read.</summary>
    private static async Task CloseAsync(SslStream ssl, TimeProvider time)
    {
        try
        {
            await ssl.ShutdownAsync().WaitAsync(CloseWait, time).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or TimeoutException or InvalidOperationException or ObjectDisposedException or SocketException
            or System.Security.Cryptography.CryptographicException)
        {
            // The answer is in hand; a peer that cannot take the close costs nothing more.
        }
    }

    private static string Describe(SslProtocols protocol) => protocol switch
    {
        SslProtocols.Tls13 => "TLS 1.3",
        SslProtocols.Tls12 => "TLS 1.2",
        _ => protocol.ToString(),
    };
}
