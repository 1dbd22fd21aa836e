namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary>
/// pptpd 1.4 running in its own <c>tunh-</c> namespace on TCP 1723. This machine has no PPP in the kernel,
/// so the real pppd pptpd starts for a call fails at once; <see cref="PppProgram"/> lets a test give pptpd
/// a stand-in PPP program instead (its <c>ppp</c> option), whose output pptpd carries in GRE.
/// </summary>
public class PptpdLab : IAsyncLifetime
{
    private const string Pptpd = "/usr/sbin/pptpd";

    /// <summary>Why the lab cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    public LabNamespace Lab { get; private set; } = null!;

    /// <summary>A program pptpd runs instead of pppd; null for the real pppd.</summary>
    protected virtual string? PppProgram(DirectoryInfo directory) => null;

    /// <summary>Anything to set up in the namespace once pptpd listens (firewall rules).</summary>
    protected virtual Task ConfigureAsync(LabNamespace lab) => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        Unavailable = LabNamespace.Unavailable(Pptpd, "/usr/sbin/pppd", "/usr/bin/ss", "/usr/sbin/iptables", "/usr/sbin/nft");
        if (Unavailable is not null)
        {
            return;
        }

        Lab = await LabNamespace.CreateAsync("p");
        var directory = Lab.Directory.FullName;
        var options = Path.Combine(directory, "pptpd-options");
        await File.WriteAllTextAsync(options, "name pptpd\nrefuse-pap\nnodefaultroute\nnologfd\n");
        var ppp = PppProgram(Lab.Directory);
        var config = $"option {options}\nlocalip 10.99.0.1\nremoteip 10.99.0.2-20\n" + (ppp is null ? string.Empty : $"ppp {ppp}\n");
        var configFile = Path.Combine(directory, "pptpd.conf");
        await File.WriteAllTextAsync(configFile, config);
        Lab.Start(Pptpd, "-f", "-c", configFile, "-o", options, "-l", Lab.ServerAddress.ToString(), "-p", Path.Combine(directory, "pptpd.pid"));
        await Lab.WaitForListenerAsync("tcp", 1723, TimeSpan.FromSeconds(10));
        await ConfigureAsync(Lab);
    }

    public async ValueTask DisposeAsync()
    {
        if (Unavailable is null)
        {
            await Lab.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
