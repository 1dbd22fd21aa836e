using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns;

public static class DnsServiceCollectionExtensions
{
    /// <summary>Registers the DNS checks (dns.*) and the querier they share. Calling it twice registers nothing twice.</summary>
    public static IServiceCollection AddDnsChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DnsQuerier(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new SystemResolver(sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ICheck, DnsResolveCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsConsistencyCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsPtrCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsCnameCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsAuthorityCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsSplitHorizonCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsTtlCheck>(),
            ServiceDescriptor.Singleton<ICheck, DnsCacheCheck>(),
        ]);
        return services;
    }
}
