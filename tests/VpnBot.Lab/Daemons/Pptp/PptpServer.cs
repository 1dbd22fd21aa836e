using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Pptp;

/// <summary>
/// pptpd in the foreground (<c>-f</c>) on TCP 1723 of one address. It answers Start-Control-Connection-Request
/// with result 1 (OK), host name "local" and vendor "linux". For a call it runs its PPP program: the real pppd
/// fails at once here (no /dev/ppp), so pptpd answers the call "connected" and hangs up about 20 ms later without
/// any GRE; with the <see cref="PppStandIn"/> the call carries the stand-in's LCP frame in GRE. pptpd logs only
/// to syslog, which does not run here, so its captured output is usually empty.
/// </summary>
internal static class PptpServer
{
    public const int Port = 1723;

    /// <summary>The host name pptpd 1.4 puts in its Start-Control-Connection-Reply (a constant in its source).</summary>
    public const string HostName = "local";

    /// <summary>The vendor string pptpd 1.4 puts in its Start-Control-Connection-Reply.</summary>
    public const string Vendor = "linux";

    /// <param name="pppProgram">What pptpd runs for a call instead of pppd (its <c>ppp</c> option); null for the real pppd.</param>
    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, string directory, string? pppProgram, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var options = Path.Combine(directory, "options.pptpd");
        var configuration = Path.Combine(directory, "pptpd.conf");
        await File.WriteAllTextAsync(options, RenderOptions(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(configuration, RenderConfiguration(options, pppProgram), cancellationToken).ConfigureAwait(false);

        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "pptpd",
                ["-f", "-c", configuration, "-o", options, "-l", host.Address.ToString(), "-p", Path.Combine(directory, "pptpd.pid")]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, host.Address, Port, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    private static string RenderConfiguration(string options, string? pppProgram)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"option {options}")
            .AppendLine("localip 192.168.240.1")
            .AppendLine("remoteip 192.168.240.10-20");
        if (pppProgram is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"ppp {pppProgram}");
        }

        return text.ToString();
    }

    // What pppd is given for a call; it fails before reading it, since there is no kernel PPP.
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
