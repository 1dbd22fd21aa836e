using System.Net;
using System.Net.Sockets;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Pki;

/// <summary>
/// BusyBox httpd in the foreground (<c>-f</c>) serving the CAs' CRLs as static files on TCP 80 of one address, the
/// way a CA's web distribution point does: <c>application/pkix-crl</c> (RFC 2585 §4.2), 404 for anything else. It
/// forks a child per connection, so any number of clients fetch at once; <c>-vv</c> logs every request to stderr.
/// </summary>
internal static class CrlServer
{
    public const string Program = "busybox";

    public static async Task<Daemon> StartAsync(
        string name, string netns, IPAddress address, int port, string documentRoot, string directory,
        DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var configuration = Path.Combine(directory, "httpd.conf");
        await File.WriteAllTextAsync(configuration, ".crl:application/pkix-crl\n", cancellationToken).ConfigureAwait(false);
        var daemon = daemons.Start(
            new DaemonSpec(name, netns, Program, ["httpd", "-f", "-vv", "-p", $"{address}:{port}", "-h", documentRoot, "-c", configuration]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, address, port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }
}
