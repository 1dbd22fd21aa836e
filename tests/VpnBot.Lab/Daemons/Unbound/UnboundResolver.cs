using System.Net.Sockets;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Unbound;

/// <summary>unbound as the caching resolver on the client path (<c>unbound -d</c>, private folder).</summary>
internal static class UnboundResolver
{
    public static async Task<Daemon> StartAsync(
        PlannedHost host, UnboundSettings settings, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Directory);
        var configuration = ConfigurationFile(settings);
        await File.WriteAllTextAsync(configuration, UnboundConf.Render(settings), cancellationToken).ConfigureAwait(false);
        var daemon = daemons.Start(new DaemonSpec("unbound resolver", host.Namespace, "unbound", ["-d", "-c", configuration]));
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, settings.Address, 53, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }

    public static string ConfigurationFile(UnboundSettings settings) => Path.Combine(settings.Directory, "unbound.conf");
}
