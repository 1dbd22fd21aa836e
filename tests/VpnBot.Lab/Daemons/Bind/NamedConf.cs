using System.Globalization;
using System.Net;
using System.Text;

namespace VpnBot.Lab.Daemons.Bind;

/// <summary>A zone a BIND instance serves: from a file (primary) or by transfer from a primary (secondary).</summary>
internal sealed record NamedZone(string Name, string? File = null, IPAddress? Primary = null);

/// <summary>Settings of one authoritative, non-recursive BIND instance that keeps everything in its own folder.</summary>
/// <param name="Directory">Its folder: configuration, zone files, pid and session key.</param>
/// <param name="Address">The address it listens on (port 53) and sends from.</param>
/// <param name="ControlClient">The one address allowed on its rndc control channel (the root namespace).</param>
/// <param name="RndcSecret">The HMAC-SHA256 secret of the control channel, base64.</param>
/// <param name="Zones">Its zones.</param>
/// <param name="AllowTransfer">Who may transfer its zones.</param>
internal sealed record NamedSettings(
    string Directory,
    IPAddress Address,
    IPAddress ControlClient,
    string RndcSecret,
    IReadOnlyList<NamedZone> Zones,
    IReadOnlyList<IPAddress> AllowTransfer)
{
    public const int ControlPort = 953;
    public const string KeyName = "lab-rndc";
}

/// <summary>Renders named.conf and the matching rndc.conf.</summary>
internal static class NamedConf
{
    public static string Render(NamedSettings settings)
    {
        var allowTransfer = settings.AllowTransfer.Count == 0 ? "none;" : string.Concat(settings.AllowTransfer.Select(a => $"{a}; "));
        var text = new StringBuilder()
            .AppendLine("options {")
            .AppendLine(CultureInfo.InvariantCulture, $"    directory \"{settings.Directory}\";")
            .AppendLine(CultureInfo.InvariantCulture, $"    pid-file \"{settings.Directory}/named.pid\";")
            .AppendLine(CultureInfo.InvariantCulture, $"    session-keyfile \"{settings.Directory}/session.key\";")
            .AppendLine(CultureInfo.InvariantCulture, $"    managed-keys-directory \"{settings.Directory}\";")
            .AppendLine(CultureInfo.InvariantCulture, $"    listen-on port 53 {{ {settings.Address}; }};")
            .AppendLine("    listen-on-v6 { none; };")
            .AppendLine("    recursion no;")
            // Changes reach a secondary only when the lab asks it to refresh: that is how replication lag is made.
            .AppendLine("    notify no;")
            .AppendLine("    dnssec-validation no;")
            .AppendLine(CultureInfo.InvariantCulture, $"    allow-transfer {{ {allowTransfer}}};")
            // A secondary must transfer from its own address, or the primary's allow-transfer will not match.
            .AppendLine(CultureInfo.InvariantCulture, $"    transfer-source {settings.Address};")
            .AppendLine(CultureInfo.InvariantCulture, $"    query-source address {settings.Address};")
            .AppendLine("};")
            .AppendLine(Key(settings))
            .AppendLine(CultureInfo.InvariantCulture, $"controls {{ inet {settings.Address} port {NamedSettings.ControlPort} allow {{ {settings.ControlClient}; }} keys {{ \"{NamedSettings.KeyName}\"; }}; }};");
        foreach (var zone in settings.Zones)
        {
            text.AppendLine(zone.Primary is { } primary
                ? $"zone \"{zone.Name}\" {{ type secondary; primaries {{ {primary}; }}; }};"
                : $"zone \"{zone.Name}\" {{ type primary; file \"{zone.File}\"; }};");
        }

        return text.ToString();
    }

    public static string RenderRndc(NamedSettings settings) =>
        Key(settings) + "\n" +
        $"options {{ default-key \"{NamedSettings.KeyName}\"; default-server {settings.Address}; default-port {NamedSettings.ControlPort}; }};\n";

    private static string Key(NamedSettings settings) =>
        $"key \"{NamedSettings.KeyName}\" {{ algorithm hmac-sha256; secret \"{settings.RndcSecret}\"; }};";
}
