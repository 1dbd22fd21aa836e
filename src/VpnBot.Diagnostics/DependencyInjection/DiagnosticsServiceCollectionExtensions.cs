using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VpnBot.Diagnostics.Certificates;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.KnowledgeBase;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Runner;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Diagnostics.DependencyInjection;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>Adds the diagnostics core: every check, the runner, the diagnosis rules (one vantage point's and several's) and the knowledge base.</summary>
    public static IServiceCollection AddVpnDiagnostics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UdpExchange>(sp => new UdpExchange(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CheckRunner>();
        services.TryAddSingleton<Diagnoser>();
        services.TryAddSingleton<VantageDiagnoser>();
        services.TryAddSingleton<EndpointChecker>();

        services.AddDnsChecks();
        services.AddProbeChecks();
        services.AddCertificateChecks();
        services.AddDiagnosisRules();
        services.AddVantageRules();
        services.AddKnowledgeBase();
        return services;
    }
}
