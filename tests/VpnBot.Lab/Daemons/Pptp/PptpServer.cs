using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Pptp;

/// <summary>
/// pptpd in the foreground (<c>-f</c>) on TCP 1723 of one address. It answers Start-Control-Connection-Request
/// with result 1 (OK); calls cannot come up (no PPP in the kernel), which no probe needs. pptpd logs only to
/// syslog, which does not run here, so its captured output is usually empty.
/// </summary>
internal static class PptpServer
{
    public const int Port = 1723;

    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, string directory, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var options = Path.Combine(directory, "options.pptpd");
        var configuration = Path.Combine(directory, "pptpd.conf");
        await File.WriteAllTextAsync(options, RenderOptions(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(configuration, RenderConfiguration(options), cancellationToken).ConfigureAwait(false);

        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "pptpd",
                ["-f", "-c", configuration, "-o", options, "-l", host.Address.ToString(), "-p", Path.Combine(directory, "pptpd.pid")]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, host.Address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    private static string RenderConfiguration(string options) => new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"option {options}")
        .AppendLine("localip 192.168.240.1")
        .AppendLine("remoteip 192.168.240.10-20")
        .ToString();

    // What pppd would be given for a call; never reached, since no call can come up without kernel PPP.
    private static string RenderOptions() => new StringBuilder()
        .AppendLine("name pptpd")
        .AppendLine("refuse-pap")
        .AppendLine("refuse-chap")
        .AppendLine("refuse-mschap")
        .AppendLine("require-mschap-v2")
        .AppendLine("nodefaultroute")
        .AppendLine("noipx")
        .ToString();

    /// <summary>The control endpoint of a pptpd started on <paramref name="host"/>.</summary>
    public static IPEndPoint Endpoint(PlannedHost host) => new(host.Address, Port);
}
