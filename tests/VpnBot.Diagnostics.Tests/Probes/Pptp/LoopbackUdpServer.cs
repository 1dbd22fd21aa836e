using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>A UDP server on 127.0.0.1 that answers each datagram with what a script returns (nothing, one or several datagrams).</summary>
public sealed class LoopbackUdpServer : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly List<byte[]> _received = [];

    public LoopbackUdpServer(Func<byte[], IEnumerable<byte[]>> answer)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _serving = ServeAsync(answer);
    }

    public int Port => ((IPEndPoint)_socket.LocalEndPoint!).Port;

    /// <summary>Every datagram received, in order.</summary>
    public IReadOnlyList<byte[]> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The source of the datagrams received, per datagram.</summary>
    public List<IPEndPoint> Senders { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _serving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync(Func<byte[], IEnumerable<byte[]>> answer)
    {
        var buffer = new byte[65_535];
        while (!_stop.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var datagram = buffer[..received.ReceivedBytes];
            lock (_received)
            {
                _received.Add(datagram);
                Senders.Add((IPEndPoint)received.RemoteEndPoint);
            }

            foreach (var reply in answer(datagram))
            {
                await _socket.SendToAsync(reply, SocketFlags.None, received.RemoteEndPoint, _stop.Token);
            }
        }
    }
}
