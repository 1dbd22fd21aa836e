using Microsoft.Extensions.DependencyInjection;
using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Probes.Ike;

public static class IkeServiceCollectionExtensions
{
    /// <summary>Registers <c>ike.v2</c>, <c>ike.v1</c> and <c>ike.nat-t</c>; they share the registered <see cref="Net.UdpExchange"/>.</summary>
    public static IServiceCollection AddIkeProbes(this IServiceCollection services)
    {
        services.AddSingleton<ICheck, Ikev2Check>();
        services.AddSingleton<ICheck, Ikev1Check>();
        services.AddSingleton<ICheck, IkeNatTCheck>();
        return services;
    }
}
