using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.L2tp;

/// <summary>
/// xl2tpd in the foreground (<c>-D</c>) as an LNS on UDP 1701 of one address: it answers SCCRQ with SCCRP
/// (plain L2TP, no IPsec in front). Sessions cannot come up without kernel PPP; the control channel does.
/// </summary>
internal static class L2tpServer
{
    public const int Port = 1701;

    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, string directory, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var configuration = Path.Combine(directory, "xl2tpd.conf");
        var pppOptions = Path.Combine(directory, "options.xl2tpd");
        await File.WriteAllTextAsync(pppOptions, "noauth\nnodefaultroute\n", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(configuration, Render(host.Address, pppOptions), cancellationToken).ConfigureAwait(false);

        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "xl2tpd",
                ["-D", "-c", configuration, "-p", Path.Combine(directory, "xl2tpd.pid"), "-C", Path.Combine(directory, "l2tp-control")]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, host.Address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    private static string Render(IPAddress address, string pppOptions) => new StringBuilder()
        .AppendLine("[global]")
        .AppendLine(CultureInfo.InvariantCulture, $"listen-addr = {address}")
        .AppendLine(CultureInfo.InvariantCulture, $"port = {Port}")
        .AppendLine("access control = no")
        .AppendLine("[lns default]")
        .AppendLine("ip range = 192.168.241.10-192.168.241.20")
        .AppendLine("local ip = 192.168.241.1")
        .AppendLine("require authentication = no")
        .AppendLine("length bit = yes")
        .AppendLine(CultureInfo.InvariantCulture, $"pppoptfile = {pppOptions}")
        .ToString();
}
