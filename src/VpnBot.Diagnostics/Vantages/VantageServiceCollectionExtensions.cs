using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VpnBot.Diagnostics.Vantages.Rules;

namespace VpnBot.Diagnostics.Vantages;

public static class VantageServiceCollectionExtensions
{
    /// <summary>Registers the rules that read causes from several vantage points together.</summary>
    public static IServiceCollection AddVantageRules(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // What the internet sees against what the inside sees.
        Add<OutsideLeakRule>(services);
        Add<OutsideNameMissingRule>(services);
        Add<EdgeBlockedRule>(services);

        // One site against another.
        Add<SiteDisagreesRule>(services);
        return services;
    }

    private static void Add<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(IServiceCollection services)
        where TRule : class, IVantageRule =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IVantageRule, TRule>());
}
