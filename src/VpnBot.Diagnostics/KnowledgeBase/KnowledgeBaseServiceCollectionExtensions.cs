using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VpnBot.Diagnostics.KnowledgeBase;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>Registers the Windows VPN error-code knowledge base.</summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IErrorCodeCatalog>(_ => ErrorCodeCatalog.Default);
        return services;
    }
}
