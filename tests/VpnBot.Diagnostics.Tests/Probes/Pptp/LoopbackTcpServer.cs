using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// A TCP server on 127.0.0.1 that plays a scripted peer for each connection it accepts: the transport
/// seam of the probe tests (replayed real replies, garbage, silence, stalls, floods).
/// </summary>
public sealed class LoopbackTcpServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<Task> _connections = [];

    public LoopbackTcpServer(Func<Socket, CancellationToken, Task> peer)
    {
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(16);
        _accepting = AcceptAsync(peer);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Accepted { get; private set; }

    /// <summary>A closed port on 127.0.0.1: a listener bound and closed again, so connecting gets RST.</summary>
    public static int ClosedPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    /// <summary>Reads exactly <paramref name="count"/> octets, or fewer if the peer closes.</summary>
    public static async Task<byte[]> ReadAsync(Socket socket, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return buffer[..filled];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        try
        {
            await _accepting;
            await Task.WhenAll(_connections);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
        {
            // The peers end when the test is over, however they were in the middle of something.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(Func<Socket, CancellationToken, Task> peer)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Accepted++;
            _connections.Add(RunPeerAsync(peer, client));
        }
    }

    private async Task RunPeerAsync(Func<Socket, CancellationToken, Task> peer, Socket client)
    {
        using (client)
        {
            try
            {
                await peer(client, _stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
            {
                // The probe hung up, or the test ended.
            }
        }
    }
}
