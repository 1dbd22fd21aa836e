using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Tests.Dns.Wire;

/// <summary>How the test server answers one query.</summary>
internal abstract record ServerReply
{
    /// <summary>A DNS message (framed with its length over TCP).</summary>
    public sealed record Message(byte[] Bytes) : ServerReply;

    /// <summary>Bytes written as they are, without a TCP length prefix.</summary>
    public sealed record Raw(byte[] Bytes) : ServerReply;

    /// <summary>Nothing at all.</summary>
    public sealed record Silence : ServerReply;

    /// <summary>Over TCP: close the connection without a reply.</summary>
    public sealed record Close : ServerReply;

    public static ServerReply Of(byte[] bytes) => new Message(bytes);
}

internal enum Transport
{
    Udp,
    Tcp,
}

/// <summary>
/// An in-process DNS server on 127.0.0.1, UDP and TCP on the same random port: the transport seam the
/// DNS tests talk to. It answers every query through <see cref="Responder"/>; over TCP it closes the
/// connection after each reply unless told to keep it.
/// </summary>
internal sealed class FakeDnsServer : IAsyncDisposable
{
    private readonly UdpClient _udp;
    private readonly TcpListener? _tcp;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _udpLoop;
    private readonly Task _tcpLoop;
    private int _udpQueries;
    private int _tcpQueries;

    private FakeDnsServer(UdpClient udp, TcpListener? tcp, Func<DnsQueryMessage, Transport, ServerReply> responder)
    {
        _udp = udp;
        _tcp = tcp;
        Responder = responder;
        EndPoint = (IPEndPoint)udp.Client.LocalEndPoint!;
        _udpLoop = Task.Run(UdpLoopAsync);
        _tcpLoop = tcp is null ? Task.CompletedTask : Task.Run(TcpLoopAsync);
    }

    public IPEndPoint EndPoint { get; }

    public Func<DnsQueryMessage, Transport, ServerReply> Responder { get; set; }

    public int UdpQueries => Volatile.Read(ref _udpQueries);

    public int TcpQueries => Volatile.Read(ref _tcpQueries);

    /// <param name="responder">Answers each query.</param>
    /// <param name="listenTcp">False for a server with nothing on its TCP port (a TCP fallback is refused).</param>
    public static FakeDnsServer Start(Func<DnsQueryMessage, Transport, ServerReply> responder, bool listenTcp = true)
    {
        for (var attempt = 0; ; attempt++)
        {
            var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            if (!listenTcp)
            {
                return new FakeDnsServer(udp, null, responder);
            }

            var port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
            var tcp = new TcpListener(IPAddress.Loopback, port);
            try
            {
                tcp.Start();
                return new FakeDnsServer(udp, tcp, responder);
            }
            catch (SocketException) when (attempt < 20)
            {
                // The TCP side of this port is taken: try another port.
                udp.Dispose();
            }
        }
    }

    /// <summary>A server answering from <paramref name="zones"/> over both transports: each query from the zone that holds its name (the first zone otherwise).</summary>
    public static FakeDnsServer Start(params TestZone[] zones) =>
        Start((query, _) => ServerReply.Of((zones.FirstOrDefault(z => z.Holds(query.Name)) ?? zones[0]).Answer(query)));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _udp.Dispose();
        _tcp?.Stop();
        await Task.WhenAll(_udpLoop, _tcpLoop).ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task UdpLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await _udp.ReceiveAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stop.IsCancellationRequested)
                {
                    return;
                }

                continue;
            }

            var query = DnsQueryMessage.Parse(datagram.Buffer);
            if (query is null)
            {
                continue;
            }

            Interlocked.Increment(ref _udpQueries);
            var reply = Responder(query, Transport.Udp);
            var bytes = reply switch
            {
                ServerReply.Message m => m.Bytes,
                ServerReply.Raw r => r.Bytes,
                _ => null,
            };
            if (bytes is not null)
            {
                try
                {
                    await _udp.SendAsync(bytes, datagram.RemoteEndPoint, _stop.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
                {
                }
            }
        }
    }

    private async Task TcpLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _tcp!.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var prefix = new byte[2];
            await stream.ReadExactlyAsync(prefix, _stop.Token);
            var message = new byte[(prefix[0] << 8) | prefix[1]];
            await stream.ReadExactlyAsync(message, _stop.Token);
            var query = DnsQueryMessage.Parse(message);
            if (query is null)
            {
                return;
            }

            Interlocked.Increment(ref _tcpQueries);
            switch (Responder(query, Transport.Tcp))
            {
                case ServerReply.Message m:
                    await stream.WriteAsync((byte[])[(byte)(m.Bytes.Length >> 8), (byte)m.Bytes.Length, .. m.Bytes], _stop.Token);
                    break;
                case ServerReply.Raw r:
                    await stream.WriteAsync(r.Bytes, _stop.Token);
                    break;
                case ServerReply.Silence:
                    // Hold the connection open without a word until the server stops.
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    break;
            }

            client.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or IOException or SocketException or EndOfStreamException)
        {
            // The client went away or the server is stopping.
        }
    }
}
