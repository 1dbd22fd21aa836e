using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Retry;

namespace VpnBot.Diagnostics.Net;

/// <summary>
/// Sends a request datagram and waits for the reply, resending on silence (lost datagrams are normal
/// on the paths VPNs cross). All attempts share one connected socket, so a late reply to an earlier
/// attempt still counts, and an ICMP port-unreachable surfaces as <see cref="UdpOutcome.Refused"/>.
/// </summary>
public sealed class UdpExchange
{
    private const int MaxDatagram = 65_535;

    // Timers round to milliseconds; a sliver of budget left after a wait is not worth another datagram.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(10);
    private readonly TimeProvider _time;
    private readonly UdpExchangeOptions _options;
    private readonly ResiliencePipeline<UdpExchangeResult> _pipeline;

    public UdpExchange(TimeProvider time, UdpExchangeOptions? options = null)
    {
        _time = time;
        _options = options ?? UdpExchangeOptions.Default;
        // Built once: silence is the only transient outcome; refusals and answers are final.
        _pipeline = new ResiliencePipelineBuilder<UdpExchangeResult> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<UdpExchangeResult>
            {
                MaxRetryAttempts = Math.Max(0, _options.MaxAttempts - 1),
                Delay = TimeSpan.Zero,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Outcome: UdpOutcome.NoAnswer }),
            })
            .Build();
    }

    /// <summary>
    /// Exchanges <paramref name="request"/> with <paramref name="remote"/> within <paramref name="budget"/>.
    /// <paramref name="accept"/> decides whether a datagram is the reply (say, it echoes the request's SPI);
    /// anything else is counted and ignored. Never throws for network conditions; only cancellation of
    /// <paramref name="cancellationToken"/> ends it with an exception.
    /// </summary>
    public Task<UdpExchangeResult> ExchangeAsync(
        IPEndPoint remote,
        ReadOnlyMemory<byte> request,
        Func<ReadOnlyMemory<byte>, bool> accept,
        TimeSpan budget,
        CancellationToken cancellationToken) =>
        ExchangeCoreAsync(remote, _ => request, accept, budget, localEndPoint: null, cancellationToken);

    /// <summary>
    /// As above, sending from <paramref name="localEndPoint"/> when it is given: a follow-up message of a
    /// session the peer keys by source port (an L2TP StopCCN after its SCCRP) goes out from the port of
    /// <see cref="UdpExchangeResult.LocalEndPoint"/>. If that port cannot be taken again, an ephemeral one is used.
    /// </summary>
    public Task<UdpExchangeResult> ExchangeAsync(
        IPEndPoint remote,
        ReadOnlyMemory<byte> request,
        Func<ReadOnlyMemory<byte>, bool> accept,
        TimeSpan budget,
        IPEndPoint? localEndPoint,
        CancellationToken cancellationToken) =>
        ExchangeCoreAsync(remote, _ => request, accept, budget, localEndPoint, cancellationToken);

    /// <summary>
    /// As above, with the request built once the socket's local address and port are known: some
    /// protocols put the sender's own endpoint in the request (IKE's NAT detection hashes, RFC 7296 §2.23).
    /// </summary>
    public Task<UdpExchangeResult> ExchangeAsync(
        IPEndPoint remote,
        Func<IPEndPoint, ReadOnlyMemory<byte>> buildRequest,
        Func<ReadOnlyMemory<byte>, bool> accept,
        TimeSpan budget,
        CancellationToken cancellationToken) =>
        ExchangeCoreAsync(remote, buildRequest, accept, budget, localEndPoint: null, cancellationToken);

    private async Task<UdpExchangeResult> ExchangeCoreAsync(
        IPEndPoint remote,
        Func<IPEndPoint, ReadOnlyMemory<byte>> buildRequest,
        Func<ReadOnlyMemory<byte>, bool> accept,
        TimeSpan budget,
        IPEndPoint? localEndPoint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(buildRequest);
        ArgumentNullException.ThrowIfNull(accept);
        var started = _time.GetTimestamp();
        using var socket = new Socket(remote.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        TryBind(socket, localEndPoint);
        try
        {
            await socket.ConnectAsync(remote, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            return new UdpExchangeResult(Classify(ex.SocketErrorCode), ReadOnlyMemory<byte>.Empty, 0, _time.GetElapsedTime(started), ex.SocketErrorCode) { Remote = remote };
        }

        var request = buildRequest((IPEndPoint)socket.LocalEndPoint!);
        var state = new Attempt(this, socket, remote, request, accept, budget, started);
        return await _pipeline.ExecuteAsync(static (s, ct) => s.RunAsync(ct), state, cancellationToken).ConfigureAwait(false);
    }

    private static void TryBind(Socket socket, IPEndPoint? localEndPoint)
    {
        if (localEndPoint is null || localEndPoint.AddressFamily != socket.AddressFamily)
        {
            return;
        }

        try
        {
            socket.Bind(localEndPoint);
        }
        catch (SocketException)
        {
            // Taken meanwhile: the connect below picks an ephemeral port, which most peers accept too.
        }
    }

    private static UdpOutcome Classify(SocketError error) => error switch
    {
        SocketError.ConnectionRefused or SocketError.ConnectionReset => UdpOutcome.Refused,
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown or SocketError.HostDown => UdpOutcome.Unreachable,
        _ => UdpOutcome.Unreachable,
    };

    /// <summary>Per-exchange state: the attempt count drives the wait schedule.</summary>
    private sealed class Attempt(
        UdpExchange owner,
        Socket socket,
        IPEndPoint remote,
        ReadOnlyMemory<byte> request,
        Func<ReadOnlyMemory<byte>, bool> accept,
        TimeSpan budget,
        long started)
    {
        private readonly byte[] _buffer = new byte[MaxDatagram];
        private int _attempts;
        private int _ignored;

        public async ValueTask<UdpExchangeResult> RunAsync(CancellationToken cancellationToken)
        {
            var time = owner._time;
            var remaining = budget - time.GetElapsedTime(started);
            if (remaining < MinimumWait)
            {
                return Result(UdpOutcome.NoAnswer);
            }

            // The schedule, not the budget, decides when silence is final: a silent port is reported
            // after the same 2.4 s ike-scan takes, even when the run's deadline would allow more.
            var wait = owner._options.FirstWait * Math.Pow(owner._options.Backoff, _attempts);
            _attempts++;
            if (wait > remaining)
            {
                wait = remaining;
            }

            try
            {
                await socket.SendAsync(request, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                using var waitCts = new CancellationTokenSource(wait, time);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waitCts.Token);
                while (true)
                {
                    var received = await socket.ReceiveAsync(_buffer, SocketFlags.None, linked.Token).ConfigureAwait(false);
                    var reply = _buffer.AsMemory(0, received);
                    if (accept(reply))
                    {
                        return Result(UdpOutcome.Answered, reply.ToArray());
                    }

                    _ignored++;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Result(UdpOutcome.NoAnswer);
            }
            catch (SocketException ex)
            {
                return Result(Classify(ex.SocketErrorCode), error: ex.SocketErrorCode);
            }
        }

        private UdpExchangeResult Result(UdpOutcome outcome, byte[]? reply = null, SocketError? error = null) =>
            new(outcome, reply ?? ReadOnlyMemory<byte>.Empty, _attempts, owner._time.GetElapsedTime(started), error)
            {
                Ignored = _ignored,
                Remote = remote,
                LocalEndPoint = socket.LocalEndPoint as IPEndPoint,
            };
    }
}
