using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.L2tp;

/// <summary>xl2tpd 1.3 as an LNS in its own <c>tunh-</c> namespace on UDP 1701, logging to its stderr.</summary>
public class Xl2tpdLab : IAsyncLifetime
{
    private const string Xl2tpd = "/usr/sbin/xl2tpd";

    public string? Unavailable { get; private set; }

    public LabNamespace Lab { get; private set; } = null!;

    /// <summary>Extra [global] settings.</summary>
    protected virtual string GlobalSettings => string.Empty;

    public async ValueTask InitializeAsync()
    {
        Unavailable = LabNamespace.Unavailable(Xl2tpd, "/usr/bin/ss", "/usr/sbin/iptables");
        if (Unavailable is not null)
        {
            return;
        }

        Lab = await LabNamespace.CreateAsync("l");
        var directory = Lab.Directory.FullName;
        var config = Path.Combine(directory, "xl2tpd.conf");
        await File.WriteAllTextAsync(config, $"""
            [global]
            listen-addr = {Lab.ServerAddress}
            port = 1701
            {GlobalSettings}
            [lns default]
            ip range = 10.98.0.2-10.98.0.20
            local ip = 10.98.0.1
            require authentication = no
            hostname = lab-lns
            """);
        Lab.Start(Xl2tpd, "-D", "-c", config, "-p", Path.Combine(directory, "xl2tpd.pid"), "-C", Path.Combine(directory, "l2tp-control"));
        await Lab.WaitForListenerAsync("udp", 1701, TimeSpan.FromSeconds(10));
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

/// <summary>xl2tpd that accepts only listed peers (<c>access control = yes</c>, none listed): it refuses every SCCRQ with StopCCN.</summary>
public sealed class Xl2tpdWithAccessControl : Xl2tpdLab
{
    protected override string GlobalSettings => "access control = yes";
}
