using System.Net.Sockets;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.StrongSwan;

/// <summary>
/// charon started directly (no starter, no systemd) in its namespace, on the real ports 500 and 4500: with
/// other ports it would take a packet without the non-ESP marker for ESP unless it came from port 500.
/// charon's pid file path is built in (/run/charon.pid), so it gets a private mount namespace with the
/// responder's own folder bound over /run.
/// </summary>
internal static class CharonResponder
{
    private const string Charon = "/usr/lib/ipsec/charon";

    public static async Task<Daemon> StartAsync(
        string name, PlannedHost host, ResponderSettings settings, DaemonSet daemons, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.RunDirectory);
        await File.WriteAllTextAsync(settings.StrongSwanConf, StrongSwanConf.RenderStrongSwan(settings), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(settings.SwanctlConf, StrongSwanConf.RenderSwanctl(settings), cancellationToken).ConfigureAwait(false);
        var environment = new Dictionary<string, string> { ["STRONGSWAN_CONF"] = settings.StrongSwanConf };

        var daemon = daemons.Start(
            new DaemonSpec(
                name,
                host.Namespace,
                "unshare",
                ["--mount", "--propagation", "private", "sh", "-c", $"mount --bind \"$0\" /run && exec {Charon}", settings.RunDirectory],
                Image: "charon",
                Environment: environment));

        await Readiness.WaitAsync(daemon, "vici socket open", _ => Task.FromResult(File.Exists(settings.ViciSocket)), timeout, cancellationToken)
            .ConfigureAwait(false);
        CommandResult? load = null;
        try
        {
            await Readiness.WaitAsync(
                daemon,
                "connections loaded with swanctl",
                async ct =>
                {
                    load = await Command.RunAsync("swanctl", ["--load-all", "--file", settings.SwanctlConf], ct, environment).ConfigureAwait(false);
                    return load.Succeeded;
                },
                timeout,
                cancellationToken).ConfigureAwait(false);
        }
        catch (LabStartException failure) when (load is not null)
        {
            throw new LabStartException($"{failure.Message}\nThe last swanctl run: {load}", failure);
        }

        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, System.Net.IPAddress.Any, 500, timeout, cancellationToken).ConfigureAwait(false);
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, System.Net.IPAddress.Any, 4500, timeout, cancellationToken).ConfigureAwait(false);
        return daemon;
    }
}
