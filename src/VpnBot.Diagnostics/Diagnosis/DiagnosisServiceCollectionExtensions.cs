using Microsoft.Extensions.DependencyInjection;

namespace VpnBot.Diagnostics.Diagnosis;

public static class DiagnosisServiceCollectionExtensions
{
    /// <summary>Registers the rules that turn findings into likely causes.</summary>
    public static IServiceCollection AddDiagnosisRules(this IServiceCollection services) => services;
}
