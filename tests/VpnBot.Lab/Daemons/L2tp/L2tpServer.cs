using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.L2tp;

/// <summary>
/// xl2tpd in the foreground (<c>-D</c>) as an LNS on UDP 1701 of one address: it answers SCCRQ with SCCRP
/// (plain L2TP, no IPsec in front), naming itself <see cref="HostName"/> and vendor <see cref="Vendor"/>.
/// With access control on and no peer listed it refuses every SCCRQ with StopCCN (result 2, error 6,
/// "No Authorization"). Sessions cannot come up without kernel PPP; the control channel does.
/// </summary>
internal static class L2tpServer
{
    public const int Port = 1701;

    /// <summary>The host name the LNS gives in its SCCRP (<c>hostname</c> of its <c>[lns default]</c> section).</summary>
    public const string HostName = "vpn-lns";

    /// <summary>The vendor name xl2tpd puts in its SCCRP.</summary>
    public const string Vendor = "xelerance.com";

    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, IPAddress address, string directory, bool accessControl, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var configuration = Path.Combine(directory, "xl2tpd.conf");
        var pppOptions = Path.Combine(directory, "options.xl2tpd");
        await File.WriteAllTextAsync(pppOptions, "noauth\nnodefaultroute\n", cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(configuration, Render(address, accessControl, pppOptions), cancellationToken).ConfigureAwait(false);

        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "xl2tpd",
                ["-D", "-c", configuration, "-p", Path.Combine(directory, "xl2tpd.pid"), "-C", Path.Combine(directory, "l2tp-control")]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    private static string Render(IPAddress address, bool accessControl, string pppOptions) => new StringBuilder()
        .AppendLine("[global]")
        .AppendLine(CultureInfo.InvariantCulture, $"listen-addr = {address}")
        .AppendLine(CultureInfo.InvariantCulture, $"port = {Port}")
        .AppendLine(CultureInfo.InvariantCulture, $"access control = {(accessControl ? "yes" : "no")}")
        .AppendLine("[lns default]")
        .AppendLine(CultureInfo.InvariantCulture, $"hostname = {HostName}")
        .AppendLine("ip range = 192.168.241.10-192.168.241.20")
        .AppendLine("local ip = 192.168.241.1")
        .AppendLine("require authentication = no")
        .AppendLine("length bit = yes")
        .AppendLine(CultureInfo.InvariantCulture, $"pppoptfile = {pppOptions}")
        .ToString();
}
