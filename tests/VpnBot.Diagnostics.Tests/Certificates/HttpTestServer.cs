using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>One canned HTTP answer.</summary>
internal sealed record HttpAnswer(int Status, byte[] Body, string? Location = null, bool Stall = false)
{
    public static HttpAnswer Ok(byte[] body) => new(200, body);
}

/// <summary>
/// The transport seam for revocation fetches: a minimal HTTP/1.1 server on 127.0.0.1 (random port) that
/// answers each path with a canned status and body, a redirect, or silence.
/// </summary>
internal sealed class HttpTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, HttpAnswer> _answers = new(StringComparer.Ordinal);
    private readonly Task _accepting;

    public HttpTestServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Paths requested, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public string Url(string path) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Port}{path}");

    public HttpTestServer Answer(string path, HttpAnswer answer)
    {
        _answers[path] = answer;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
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
            _ = Task.Run(() => ServeAsync(socket, _stop.Token));
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        using (socket)
        {
            try
            {
                var head = new StringBuilder();
                var buffer = new byte[4096];
                while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
                    if (read == 0)
                    {
                        return;
                    }

                    head.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var path = head.ToString().Split(' ')[1];
                Requests.Enqueue(path);
                var answer = _answers.TryGetValue(path, out var found) ? found : new HttpAnswer(404, "not found"u8.ToArray());
                if (answer.Stall)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
                }

                var header = new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} Canned\r\n")
                    .Append(CultureInfo.InvariantCulture, $"Content-Length: {answer.Body.Length}\r\n")
                    .Append("Content-Type: application/pkix-crl\r\nConnection: close\r\n");
                if (answer.Location is not null)
                {
                    header.Append(CultureInfo.InvariantCulture, $"Location: {answer.Location}\r\n");
                }

                header.Append("\r\n");
                await socket.SendAsync(Encoding.ASCII.GetBytes(header.ToString()), SocketFlags.None, cancellationToken);
                await socket.SendAsync(answer.Body, SocketFlags.None, cancellationToken);
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or IndexOutOfRangeException)
            {
            }
        }
    }
}
