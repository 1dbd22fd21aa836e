using System.Globalization;
using System.Text;

namespace VpnBot.Lab.Daemons.StrongSwan;

/// <summary>Renders strongswan.conf and swanctl.conf for a responder (one setting per line: the parser wants it).</summary>
internal static class StrongSwanConf
{
    /// <summary>
    /// Plugins named explicitly: without a list charon loads every plugin it finds, creates a TUN device and
    /// touches the host's network. openssl brings AES-GCM and the ECP groups; gmp the MODP groups.
    /// </summary>
    private const string Plugins =
        "random nonce openssl aes sha1 sha2 md5 hmac gmp curve25519 x509 pubkey pkcs1 pkcs8 pem revocation constraints kdf socket-default kernel-netlink vici";

    public static string RenderStrongSwan(ResponderSettings settings)
    {
        var text = new StringBuilder()
            .AppendLine("charon {")
            .AppendLine(CultureInfo.InvariantCulture, $"    load = {Plugins}")
            .AppendLine("    install_routes = no")
            .AppendLine("    install_virtual_ip = no")
            .AppendLine(CultureInfo.InvariantCulture, $"    send_vendor_id = {(settings.SendVendorId ? "yes" : "no")}");
        if (settings.RequireCookies)
        {
            // Cookies are demanded once this many half-open IKE_SAs exist; the lab opens one at start and keeps
            // it half-open for a day. Blocking a peer with many half-open SAs is turned off so that probes which
            // do return the cookie never make the responder fall silent.
            text.AppendLine("    dos_protection = yes")
                .AppendLine("    cookie_threshold = 1")
                .AppendLine("    block_threshold = 1000000")
                .AppendLine("    half_open_timeout = 86400");
        }
        else
        {
            // Tests and benchmarks probe from one address many times a minute; with DoS protection on, charon
            // would start demanding cookies after three half-open SAs from one address, and fall silent after five.
            text.AppendLine("    dos_protection = no");
        }

        return text
            .AppendLine("    filelog {")
            .AppendLine("        stderr {")
            .AppendLine("            default = 1")
            .AppendLine("        }")
            .AppendLine("    }")
            .AppendLine("    plugins {")
            .AppendLine("        vici {")
            .AppendLine(CultureInfo.InvariantCulture, $"            socket = unix://{settings.ViciSocket}")
            .AppendLine("        }")
            .AppendLine("    }")
            .AppendLine("}")
            .AppendLine("swanctl {")
            .AppendLine(CultureInfo.InvariantCulture, $"    socket = unix://{settings.ViciSocket}")
            .AppendLine("}")
            .ToString();
    }

    public static string RenderSwanctl(ResponderSettings settings)
    {
        var text = new StringBuilder().AppendLine("connections {");
        foreach (var connection in settings.Connections)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {connection.Name} {{")
                .AppendLine(CultureInfo.InvariantCulture, $"        version = {connection.Version}");
            if (connection.LocalAddress is { } local)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"        local_addrs = {local}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"        proposals = {connection.Proposals}")
                .AppendLine("        local {")
                .AppendLine("            auth = psk")
                .AppendLine("        }")
                .AppendLine("        remote {")
                .AppendLine("            auth = psk")
                .AppendLine("        }")
                .AppendLine("        children {")
                .AppendLine("            l2tp {")
                .AppendLine("                mode = transport")
                .AppendLine("            }")
                .AppendLine("        }")
                .AppendLine("    }");
        }

        return text
            .AppendLine("}")
            .AppendLine("secrets {")
            .AppendLine("    ike-lab {")
            .AppendLine(CultureInfo.InvariantCulture, $"        secret = \"{settings.PreSharedKey}\"")
            .AppendLine("    }")
            .AppendLine("}")
            .ToString();
    }
}
