using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// The transport seam for the certificate source: a TCP server on 127.0.0.1 (random port) that completes
/// a real TLS handshake with a given certificate and chain, or misbehaves on purpose (stalls, sends garbage).
/// </summary>
internal sealed class TlsTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Socket, CancellationToken, Task> _handle;
    private readonly List<Socket> _held = [];
    private readonly Task _accepting;
    private int _accepted;

    private TlsTestServer(Func<Socket, CancellationToken, Task> handle)
    {
        _handle = handle;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public IPEndPoint Endpoint => (IPEndPoint)_listener.LocalEndpoint;

    public int Port => Endpoint.Port;

    /// <summary>Connections accepted so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>The server names (SNI) clients sent, one per completed handshake.</summary>
    public System.Threading.Channels.Channel<string> ServerNames { get; } = System.Threading.Channels.Channel.CreateUnbounded<string>();

    /// <summary>Completes TLS with <paramref name="leaf"/> (with its key), sending <paramref name="chain"/> after it.</summary>
    public static TlsTestServer Serve(X509Certificate2 leaf, params X509Certificate2[] chain)
    {
        var options = new SslServerAuthenticationOptions { ServerCertificateContext = SslStreamCertificateContext.Create(leaf, [.. chain], offline: true) };
        TlsTestServer? server = null;
        server = new TlsTestServer(async (socket, ct) =>
        {
            await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: true));
            try
            {
                await tls.AuthenticateAsServerAsync(options, ct);
                server!.ServerNames.Writer.TryWrite(tls.TargetHostName);
                // Keep the session until the client closes, as a listener would.
                _ = await tls.ReadAsync(new byte[1], ct);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
            {
                // The client went away or gave up: normal for a probe.
            }
        });
        return server;
    }

    /// <summary>Accepts connections and never says a word.</summary>
    public static TlsTestServer Stall() => new(async (socket, ct) =>
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, ct);
        }
        catch (OperationCanceledException)
        {
        }
    });

    /// <summary>Sends <paramref name="bytes"/> as soon as a connection comes in, then waits for the client to close.</summary>
    public static TlsTestServer Garbage(byte[] bytes) => new(async (socket, ct) =>
    {
        try
        {
            await socket.SendAsync(bytes, SocketFlags.None, ct);
            await socket.ReceiveAsync(new byte[4096], SocketFlags.None, ct);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
        }
    });

    /// <summary>Reads the client's first bytes (a ClientHello), then answers with <paramref name="bytes"/> and closes.</summary>
    public static TlsTestServer AnswerThenClose(byte[] bytes) => new(async (socket, ct) =>
    {
        try
        {
            await socket.ReceiveAsync(new byte[4096], SocketFlags.None, ct);
            await socket.SendAsync(bytes, SocketFlags.None, ct);
            socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
        }
    });

    /// <summary>A port on 127.0.0.1 where nothing listens (bound, then released).</summary>
    public static IPEndPoint ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var endpoint = (IPEndPoint)listener.LocalEndpoint;
        listener.Stop();
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_held)
        {
            foreach (var socket in _held)
            {
                socket.Dispose();
            }
        }

        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            Interlocked.Increment(ref _accepted);
            lock (_held)
            {
                _held.Add(socket);
            }

            _ = Task.Run(() => _handle(socket, _stop.Token));
        }
    }
}
