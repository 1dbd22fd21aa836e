using System.Globalization;
using System.Net;
using System.Text;

namespace VpnBot.Lab.Daemons.Unbound;

/// <summary>A zone unbound forwards to an authoritative server.</summary>
internal sealed record ForwardZone(string Name, IPAddress Server);

/// <summary>Settings of the caching resolver.</summary>
/// <param name="Directory">Its folder.</param>
/// <param name="Address">The address it listens on (port 53).</param>
/// <param name="AllowedClients">The subnet allowed to query it.</param>
/// <param name="Forwards">Zones it forwards.</param>
internal sealed record UnboundSettings(string Directory, IPAddress Address, string AllowedClients, IReadOnlyList<ForwardZone> Forwards)
{
    public string ControlSocket => Path.Combine(Directory, "unbound.ctl");
}

/// <summary>Renders unbound.conf: foreground-friendly (no chroot, no user switch, no syslog), iterator only.</summary>
internal static class UnboundConf
{
    public static string Render(UnboundSettings settings)
    {
        var text = new StringBuilder()
            .AppendLine("server:")
            .AppendLine(CultureInfo.InvariantCulture, $"    interface: {settings.Address}@53")
            .AppendLine(CultureInfo.InvariantCulture, $"    access-control: {settings.AllowedClients} allow")
            .AppendLine("    do-ip6: no")
            .AppendLine("    username: \"\"")
            .AppendLine("    chroot: \"\"")
            .AppendLine(CultureInfo.InvariantCulture, $"    directory: \"{settings.Directory}\"")
            .AppendLine("    pidfile: \"\"")
            .AppendLine("    use-syslog: no")
            .AppendLine("    logfile: \"\"")
            .AppendLine("    num-threads: 1")
            // No DNSSEC: the lab's zones are unsigned and the resolver has no trust anchor to reach.
            .AppendLine("    module-config: \"iterator\"")
            .AppendLine("    do-not-query-localhost: no");
        foreach (var forward in settings.Forwards)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    domain-insecure: \"{forward.Name}\"");
        }

        text.AppendLine("remote-control:")
            .AppendLine("    control-enable: yes")
            .AppendLine(CultureInfo.InvariantCulture, $"    control-interface: \"{settings.ControlSocket}\"")
            .AppendLine("    control-use-cert: no");
        foreach (var forward in settings.Forwards)
        {
            text.AppendLine("forward-zone:")
                .AppendLine(CultureInfo.InvariantCulture, $"    name: \"{forward.Name}.\"")
                .AppendLine(CultureInfo.InvariantCulture, $"    forward-addr: {forward.Server}");
        }

        return text.ToString();
    }
}
