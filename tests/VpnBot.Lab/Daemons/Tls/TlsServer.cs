using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Tls;

/// <summary>
/// <c>openssl s_server</c> on one address, port 443, presenting one certificate. <c>-www</c> answers an HTTP
/// GET with a status page, so the endpoint behaves like a web server after the handshake; a request line it
/// does not know (SSTP_DUPLEX_POST) gets no answer at all. Optionally it speaks TLS 1.1 and nothing else.
/// </summary>
internal static class TlsServer
{
    public const int Port = 443;

    public static async Task<Daemon> StartAsync(
        string name,
        string netns,
        IPAddress address,
        string certificateFile,
        string keyFile,
        bool tls11Only,
        DaemonSet daemons,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        // TLS 1.1 needs security level 0 in OpenSSL 3 (its SHA-1 based handshake signatures are refused above it).
        string[] protocol = tls11Only ? ["-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0"] : [];
        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                netns,
                "openssl",
                ["s_server", "-accept", $"{address}:{Port}", "-cert", certificateFile, "-key", keyFile, .. protocol, "-www", "-quiet"]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }
}
