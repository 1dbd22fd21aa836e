using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using VpnBot.Diagnostics.Probes.Sstp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

/// <summary>A TLS server on 127.0.0.1 that reads the request head and then plays a script: the SSTP transport seam.</summary>
public static class LoopbackTlsServer
{
    /// <summary>What the server saw of the client: the SNI it asked for and the request head it sent.</summary>
    public sealed class Seen
    {
        public string? ServerName { get; set; }

        public string? Request { get; set; }
    }

    public static LoopbackTcpServer Start(Seen seen, Func<SslStream, CancellationToken, Task> answer) => new(async (socket, ct) =>
    {
        await using var ssl = new SslStream(new NetworkStream(socket, ownsSocket: false));
        await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = TestCertificate.Server }, ct);
        seen.ServerName = ssl.TargetHostName;
        seen.Request = await ReadHeadAsync(ssl, ct);
        await answer(ssl, ct);
    });

    /// <summary>Replies with recorded bytes, then keeps the connection open as an SSTP server would.</summary>
    public static Func<SslStream, CancellationToken, Task> Replay(byte[] reply) => async (ssl, ct) =>
    {
        await ssl.WriteAsync(reply, ct);
        await ssl.FlushAsync(ct);
        await ReadToEndAsync(ssl, ct);
    };

    public static async Task ReadToEndAsync(SslStream ssl, CancellationToken ct)
    {
        var buffer = new byte[4096];
        while (await ssl.ReadAsync(buffer, ct) > 0)
        {
        }
    }

    private static async Task<string> ReadHeadAsync(SslStream ssl, CancellationToken ct)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (HttpResponseHeadParser.FindEnd(head.ToArray()) < 0 && head.Count < 8192)
        {
            if (await ssl.ReadAsync(buffer, ct) == 0)
            {
                break;
            }

            head.Add(buffer[0]);
        }

        return Encoding.ASCII.GetString([.. head]);
    }
}
