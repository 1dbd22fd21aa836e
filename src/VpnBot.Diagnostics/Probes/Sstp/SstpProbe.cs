using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>
/// Opens what an SSTP client opens: TCP, TLS with the dialled name as SNI, then <c>SSTP_DUPLEX_POST</c>,
/// and reads the response head, bounded in size and time. The certificate is accepted whatever it is:
/// the <c>cert.*</c> checks judge it, this probe asks whether an SSTP listener is behind it.
/// </summary>
public static class SstpProbe
{
    /// <summary>Largest response head read; a real SSTP answer is about 150 octets.</summary>
    public const int MaxHeadLength = 16 * 1024;

    private static readonly TimeSpan CloseWait = TimeSpan.FromMilliseconds(200);

    public static async Task<SstpProbeResult> RunAsync(IPEndPoint server, string host, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        TimeSpan Left() => budget - time.GetElapsedTime(started);

        var dial = await TcpDial.ConnectAsync(server, budget * 2 / 3, time, cancellationToken).ConfigureAwait(false);
        switch (dial.Outcome)
        {
            case TcpOutcome.Refused:
                return new SstpProbeResult(ProbeOutcome.Refused, SstpStage.Tcp, dial);
            case TcpOutcome.TimedOut:
                return new SstpProbeResult(ProbeOutcome.NoAnswer, SstpStage.Tcp, dial) { Waited = dial.Elapsed };
            case TcpOutcome.Unreachable:
                return new SstpProbeResult(ProbeOutcome.Unreachable, SstpStage.Tcp, dial);
        }

        var ssl = new SslStream(new NetworkStream(dial.Socket!, ownsSocket: true), leaveInnerStreamOpen: false);
        await using (ssl.ConfigureAwait(false))
        {
            var handshakeWait = Left() * 2 / 3;
            var failure = await HandshakeAsync(ssl, host, handshakeWait, time, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure.Value.Stalled
                    ? new SstpProbeResult(ProbeOutcome.Silent, SstpStage.Tls, dial) { Waited = handshakeWait }
                    : new SstpProbeResult(ProbeOutcome.TlsFailed, SstpStage.Tls, dial) { Problem = failure.Value.Reason };
            }

            var correlation = SstpRequest.CorrelationHeader(Guid.NewGuid());
            var tls = new SstpProbeResult(ProbeOutcome.Answered, SstpStage.Http, dial)
            {
                TlsVersion = Describe(ssl.SslProtocol),
                Cipher = ssl.NegotiatedCipherSuite.ToString(),
                CorrelationId = correlation,
            };

            var readWait = Left();
            var result = await ExchangeAsync(ssl, SstpRequest.Build(host, Guid.Parse(correlation)), readWait, time, cancellationToken).ConfigureAwait(false);
            if (!result.TimedOut)
            {
                await CloseAsync(ssl, time).ConfigureAwait(false);
            }

            return Judge(tls with { Waited = readWait }, result);
        }
    }

    private static async Task<(bool Stalled, string Reason)?> HandshakeAsync(SslStream ssl, string host, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
#pragma warning disable CA5359 // The certificate is judged by the cert.* checks; this probe must reach the listener behind any certificate.
            RemoteCertificateValidationCallback = static (_, _, _, _) => true,
#pragma warning restore CA5359
        };
        using var timeout = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, linked.Token).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (true, string.Empty);
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The wait ran out and the stream reported it as a broken handshake: still a stall.
            return (true, string.Empty);
        }
        catch (AuthenticationException ex)
        {
            return (false, Reason(ex));
        }
        catch (IOException ex)
        {
            return (false, Reason(ex));
        }
    }

    /// <summary>The exception's message and its inner one (the TLS library's own words), on one line.</summary>
    private static string Reason(Exception ex)
    {
        var reason = ex.InnerException is { } inner && inner.Message != ex.Message ? $"{ex.Message} {inner.Message}" : ex.Message;
        return reason.ReplaceLineEndings(" ").Trim();
    }

    private readonly record struct HeadRead(byte[] Bytes, int End, bool Closed, bool TimedOut);

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
        catch (Exception ex) when (ex is IOException or TimeoutException or InvalidOperationException or ObjectDisposedException or SocketException)
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
