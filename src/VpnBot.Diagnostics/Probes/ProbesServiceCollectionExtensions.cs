using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Probes.Ike;

namespace VpnBot.Diagnostics.Probes;

public static class ProbesServiceCollectionExtensions
{
    /// <summary>Registers the protocol probes (ike.*, l2tp.control, pptp.control, gre.path, sstp.listener).</summary>
    public static IServiceCollection AddProbeChecks(this IServiceCollection services) => services.AddIkeProbes().AddTunnelProbes();
}
