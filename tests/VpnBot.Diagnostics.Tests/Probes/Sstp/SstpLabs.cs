using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

/// <summary>
/// SoftEther VPN Server (the Debian package, 5.01.9674+git20200806) in its own <c>tunh-</c> namespace, with
/// SSTP on TCP 443 as it comes by default. Its state, log and pid directories are compiled in
/// (/var/lib/softether, /var/log/softether, /run/softether), so it runs in a private mount namespace
/// with a scratch directory bound over /var/lib, /var/log and /run.
/// </summary>
public sealed class SoftEtherLab : IAsyncLifetime
{
    private const string VpnServer = "/usr/libexec/softether/vpnserver/vpnserver";

    public string? Unavailable { get; private set; }

    public LabNamespace Lab { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Unavailable = LabNamespace.Unavailable(VpnServer, "/usr/bin/unshare", "/usr/bin/ss");
        if (Unavailable is not null)
        {
            return;
        }

        Lab = await LabNamespace.CreateAsync("s");
        var root = Lab.Directory.FullName;
        foreach (var directory in new[] { "varlib/softether", "varlog/softether", "run/softether" })
        {
            Directory.CreateDirectory(Path.Combine(root, directory));
        }

        // The script is the test's own text with its own scratch paths: nothing from outside reaches the shell.
        Lab.Start(
            "/usr/bin/unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
            $"mount --bind {root}/varlib /var/lib && mount --bind {root}/varlog /var/log && mount --bind {root}/run /run && exec {VpnServer} execsvc");
        await Lab.WaitForListenerAsync("tcp", 443, TimeSpan.FromSeconds(20));
    }

    public async ValueTask DisposeAsync()
    {
        if (Unavailable is null)
        {
            await Lab.DisposeAsync();
        }
    }
}

/// <summary>openssl s_server in a <c>tunh-</c> namespace on TCP 443: TLS endpoints that are not SSTP.</summary>
public sealed class OpensslServerLab : IAsyncLifetime
{
    private const string Openssl = "/usr/bin/openssl";

    public string? Unavailable { get; private set; }

    public LabNamespace Lab { get; private set; } = null!;

    /// <summary>A web server: answers GET, and ignores a request line it does not know.</summary>
    public const int WwwPort = 443;

    /// <summary>A server that speaks only TLS 1.1, which clients of today refuse.</summary>
    public const int Tls11Port = 8443;

    public async ValueTask InitializeAsync()
    {
        Unavailable = LabNamespace.Unavailable(Openssl, "/usr/bin/ss");
        if (Unavailable is not null)
        {
            return;
        }

        Lab = await LabNamespace.CreateAsync("o");
        var (certificate, key) = TestCertificate.WritePem(Lab.Directory);
        var address = Lab.ServerAddress.ToString();
        Lab.Start(Openssl, "s_server", "-accept", $"{address}:{WwwPort}", "-cert", certificate, "-key", key, "-www", "-quiet");
        Lab.Start(Openssl, "s_server", "-accept", $"{address}:{Tls11Port}", "-cert", certificate, "-key", key, "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0", "-www", "-quiet");
        await Lab.WaitForListenerAsync("tcp", WwwPort, TimeSpan.FromSeconds(10));
        await Lab.WaitForListenerAsync("tcp", Tls11Port, TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        if (Unavailable is null)
        {
            await Lab.DisposeAsync();
        }
    }
}
