using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Tls;

/// <summary>
/// <c>openssl s_server</c> on one address, port 443, presenting one certificate. <c>-www</c> answers an HTTP
/// GET with a status page, so the endpoint behaves like a web server after the handshake.
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
        DaemonSet daemons,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                netns,
                "openssl",
                ["s_server", "-accept", $"{address}:{Port}", "-cert", certificateFile, "-key", keyFile, "-www", "-quiet"]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }
}
