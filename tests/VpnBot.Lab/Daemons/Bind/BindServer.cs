using System.Net.Sockets;
using System.Security.Cryptography;
using VpnBot.Lab.Network;
using VpnBot.Lab.Processes;

namespace VpnBot.Lab.Daemons.Bind;

/// <summary>A BIND 9 instance in the foreground (<c>named -g</c>) with a private folder and its own rndc key.</summary>
internal sealed class BindServer
{
    private BindServer(NamedSettings settings, Daemon daemon)
    {
        Settings = settings;
        Daemon = daemon;
    }

    public NamedSettings Settings { get; }

    public Daemon Daemon { get; }

    public string ConfigurationFile => Path.Combine(Settings.Directory, "named.conf");

    private string RndcConfiguration => Path.Combine(Settings.Directory, "rndc.conf");

    public static NamedSettings CreateSettings(
        LabPlan plan, PlannedHost host, IReadOnlyList<NamedZone> zones, IReadOnlyList<System.Net.IPAddress> allowTransfer) =>
        new(plan.PathFor(host.Role), host.Address, plan.Net.Gateway, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), zones, allowTransfer);

    /// <summary>Writes the configuration and zone files, starts named and waits until it listens on port 53.</summary>
    public static async Task<BindServer> StartAsync(
        string name,
        PlannedHost host,
        NamedSettings settings,
        IReadOnlyDictionary<string, string> zoneFiles,
        DaemonSet daemons,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.Directory);
        foreach (var (file, text) in zoneFiles)
        {
            await File.WriteAllTextAsync(Path.Combine(settings.Directory, file), text, cancellationToken).ConfigureAwait(false);
        }

        var configuration = Path.Combine(settings.Directory, "named.conf");
        await File.WriteAllTextAsync(configuration, NamedConf.Render(settings), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(settings.Directory, "rndc.conf"), NamedConf.RenderRndc(settings), cancellationToken)
            .ConfigureAwait(false);

        // -g: foreground, log to stderr; -4: IPv4 only; -n 1: one worker is plenty for a lab.
        var daemon = daemons.Start(new DaemonSpec(name, host.Namespace, "named", ["-g", "-4", "-n", "1", "-c", configuration]));
        var server = new BindServer(settings, daemon);
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Udp, settings.Address, 53, timeout, cancellationToken).ConfigureAwait(false);
        await Readiness.WaitListeningAsync(daemon, ProtocolType.Tcp, settings.Address, NamedSettings.ControlPort, timeout, cancellationToken)
            .ConfigureAwait(false);
        return server;
    }

    /// <summary>Rewrites one of its zone files (the caller then reloads).</summary>
    public Task WriteZoneFileAsync(string file, string text, CancellationToken cancellationToken) =>
        File.WriteAllTextAsync(Path.Combine(Settings.Directory, file), text, cancellationToken);

    /// <summary>Runs an rndc command against this instance (<c>reload ZONE</c>, <c>refresh ZONE</c>).</summary>
    public async Task RndcAsync(IReadOnlyList<string> command, CancellationToken cancellationToken)
    {
        var result = await Command.RunAsync("rndc", ["-c", RndcConfiguration, .. command], cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw Daemon.Failure($"refused `rndc {string.Join(' ', command)}`: {result}");
        }
    }
}
