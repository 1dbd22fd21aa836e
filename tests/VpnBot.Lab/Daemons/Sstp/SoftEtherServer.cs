using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Sstp;

/// <summary>
/// SoftEther VPN Server (Debian's softether-vpnserver) in the foreground (<c>execsvc</c>) with its default
/// configuration, which listens on TCP 443 (and 992, 1194, 5555) with SSTP enabled and a self-signed certificate
/// it makes at first start. Its state, log and pid folders are compiled in (/var/lib/softether, /var/log/softether,
/// /run/softether), so it runs in a private mount namespace with the lab's folders bound over /var/lib, /var/log
/// and /run. Ready when a TLS handshake on 443 completes (it listens a moment before it has its certificate).
/// Its worker process takes about 1.5 s to shut down on SIGTERM, for state the lab throws away: it is killed instead.
/// </summary>
internal static class SoftEtherServer
{
    public const int Port = 443;

    /// <summary>Where Debian installs the server.</summary>
    public const string Program = "/usr/libexec/softether/vpnserver/vpnserver";

    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, string directory, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string[] bound = ["lib", "log", "run"];
        foreach (var folder in bound)
        {
            Directory.CreateDirectory(Path.Combine(directory, folder, "softether"));
        }

        // The folders come in as positional parameters: no path is ever part of the script text.
        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "unshare",
                [
                    "--mount", "--propagation", "private", "sh", "-c",
                    "mount --bind \"$0\" /var/lib && mount --bind \"$1\" /var/log && mount --bind \"$2\" /run && exec \"$3\" execsvc",
                    .. bound.Select(folder => Path.Combine(directory, folder)),
                    Program,
                ],
                Image: Path.GetFileName(Program),
                KillAtOnce: true));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, IPAddress.Any, Port, timeout, cancellationToken).ConfigureAwait(false);
        var endpoint = new IPEndPoint(host.Address, Port);
        await Readiness.WaitAsync(daemon, $"completing a TLS handshake on {endpoint}", ct => HandshakeAsync(endpoint, ct), timeout, cancellationToken)
            .ConfigureAwait(false);
        return daemon;
    }

    private static async Task<bool> HandshakeAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        using var attempt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500), TimeProvider.System);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attempt.Token);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint, linked.Token).ConfigureAwait(false);
            // Readiness needs the handshake, not trust: SoftEther makes its self-signed certificate at first start.
            await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false, (_, certificate, _, _) => certificate is not null);
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = "sstp.lab" }, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
