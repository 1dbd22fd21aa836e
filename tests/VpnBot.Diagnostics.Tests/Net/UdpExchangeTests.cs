using System.Net;
using System.Net.Sockets;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Tests.Net;

public sealed class UdpExchangeTests
{
    private static readonly byte[] Request = [1, 2, 3, 4];

    [Fact]
    public async Task ExchangeAsync_ServerEchoes_IsAnsweredOnFirstAttempt()
    {
        using var server = new UdpResponder((request, _) => [.. request.Reverse()]);
        var exchange = new UdpExchange(TimeProvider.System);

        var result = await exchange.ExchangeAsync(server.Endpoint, Request, reply => reply.Span[0] == 4, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.Answered, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal([4, 3, 2, 1], result.Reply.ToArray());
    }

    [Fact]
    public async Task ExchangeAsync_FirstDatagramLost_RetriesAndAnswers()
    {
        using var server = new UdpResponder((request, count) => count == 1 ? null : request);
        var exchange = new UdpExchange(TimeProvider.System, new UdpExchangeOptions { FirstWait = TimeSpan.FromMilliseconds(100) });

        var result = await exchange.ExchangeAsync(server.Endpoint, Request, _ => true, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.Answered, result.Outcome);
        Assert.Equal(2, result.Attempts);
    }

    [Fact]
    public async Task ExchangeAsync_UnrelatedDatagrams_AreIgnoredAndCounted()
    {
        using var server = new UdpResponder((_, count) => count == 1 ? [9, 9] : [1, 1]);
        var exchange = new UdpExchange(TimeProvider.System, new UdpExchangeOptions { FirstWait = TimeSpan.FromMilliseconds(100) });

        var result = await exchange.ExchangeAsync(server.Endpoint, Request, reply => reply.Span[0] == 1, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.Answered, result.Outcome);
        Assert.Equal(1, result.Ignored);
    }

    [Fact]
    public async Task ExchangeAsync_SilentServer_GivesNoAnswerAfterEveryAttempt()
    {
        using var server = new UdpResponder((_, _) => null);
        var exchange = new UdpExchange(TimeProvider.System, new UdpExchangeOptions { FirstWait = TimeSpan.FromMilliseconds(50), MaxAttempts = 3 });

        var result = await exchange.ExchangeAsync(server.Endpoint, Request, _ => true, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.NoAnswer, result.Outcome);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, server.Received);
    }

    [Fact]
    public async Task ExchangeAsync_BudgetShorterThanSchedule_StopsAtTheBudget()
    {
        using var server = new UdpResponder((_, _) => null);
        var exchange = new UdpExchange(TimeProvider.System, new UdpExchangeOptions { FirstWait = TimeSpan.FromSeconds(10) });

        var result = await exchange.ExchangeAsync(server.Endpoint, Request, _ => true, TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.NoAnswer, result.Outcome);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(1, server.Received);
    }

    [Fact]
    public async Task ExchangeAsync_ClosedPort_IsRefusedByIcmp()
    {
        var closed = ClosedUdpPort();
        var exchange = new UdpExchange(TimeProvider.System);

        var result = await exchange.ExchangeAsync(closed, Request, _ => true, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(UdpOutcome.Refused, result.Outcome);
        Assert.Equal(1, result.Attempts);
    }

    private static IPEndPoint ClosedUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return (IPEndPoint)socket.LocalEndPoint!;
    }

    /// <summary>A UDP server on loopback that answers each datagram with what the handler returns (null: stay silent).</summary>
    private sealed class UdpResponder : IDisposable
    {
        private readonly UdpClient _client = new(new IPEndPoint(IPAddress.Loopback, 0));
        private readonly CancellationTokenSource _stop = new();
        private int _received;

        public UdpResponder(Func<byte[], int, byte[]?> handler)
        {
            _ = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    UdpReceiveResult datagram;
                    try
                    {
                        datagram = await _client.ReceiveAsync(_stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    var reply = handler(datagram.Buffer, Interlocked.Increment(ref _received));
                    if (reply is not null)
                    {
                        await _client.SendAsync(reply, datagram.RemoteEndPoint, _stop.Token);
                    }
                }
            });
        }

        public IPEndPoint Endpoint => (IPEndPoint)_client.Client.LocalEndPoint!;

        public int Received => Volatile.Read(ref _received);

        public void Dispose()
        {
            _stop.Cancel();
            _client.Dispose();
            _stop.Dispose();
        }
    }
}
