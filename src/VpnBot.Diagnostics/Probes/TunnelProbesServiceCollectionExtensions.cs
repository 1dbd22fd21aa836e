using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Probes.Gre;
using VpnBot.Diagnostics.Probes.L2tp;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Probes.Sstp;

namespace VpnBot.Diagnostics.Probes;

public static class TunnelProbesServiceCollectionExtensions
{
    /// <summary>Registers the tunnel probes: <c>pptp.control</c>, <c>gre.path</c>, <c>l2tp.control</c>, <c>sstp.listener</c>.</summary>
    public static IServiceCollection AddTunnelProbes(this IServiceCollection services)
    {
        services.AddSingleton<ICheck, PptpControlCheck>();
        services.AddSingleton<ICheck, GrePathCheck>();
        services.AddSingleton<ICheck, L2tpControlCheck>();
        services.AddSingleton<ICheck, SstpListenerCheck>();
        return services;
    }
}
