using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Windows.Agent;
using VpnBot.Windows.Certificates;
using VpnBot.Windows.Configuration;
using VpnBot.Windows.Events;
using VpnBot.Windows.Events.DnsClient;
using VpnBot.Windows.Events.Ike;
using VpnBot.Windows.Events.RasClient;
using VpnBot.Windows.Events.RemoteAccess;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.RrasService;

namespace VpnBot.Windows.DependencyInjection;

public static class WindowsCollectorsServiceCollectionExtensions
{
    /// <summary>The checks this library adds, in report order.</summary>
    public static IReadOnlyList<string> CollectorCheckIds { get; } =
    [
        CheckIds.RrasService,
        CheckIds.RrasConfig,
        CheckIds.EventsDnsClient,
        CheckIds.EventsRasClient,
        CheckIds.EventsRemoteAccess,
        CheckIds.EventsIkeExt,
    ];

    /// <summary>
    /// Adds the agent's Windows collectors (<c>rras.service</c>, <c>rras.config</c>, <c>events.*</c>) and, on
    /// Windows, the machine store as the <c>cert.*</c> checks' certificate source. Call it after
    /// <c>AddVpnDiagnostics()</c>. On any other platform each collector is one <c>skip</c> naming the reason.
    /// <c>Vpn:Agent:Events</c> is validated when the host starts.
    /// </summary>
    public static IServiceCollection AddWindowsCollectors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<AgentEventsOptions>()
            .Bind(configuration.GetSection(AgentEventsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentEventsOptions>, AgentEventsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(LocalMachine.Current);

        if (!OperatingSystem.IsWindows())
        {
            foreach (var id in CollectorCheckIds)
            {
                services.AddSingleton<ICheck>(provider => new WindowsOnlyCheck(id, provider.GetRequiredService<LocalMachine>()));
            }

            return services;
        }

        services.TryAddSingleton<IServiceStates, WindowsServiceStates>();
        services.TryAddSingleton<IRemoteAccessConfig, PowerShellRemoteAccessConfig>();
        services.TryAddSingleton<IEventLogSource, WindowsEventLogSource>();
        services.TryAddSingleton<IMachineCertificates, WindowsMachineCertificates>();
        return services.AddCollectorChecks();
    }

    /// <summary>The collectors over whatever implementations of their seams are registered (Windows, or a test's recordings).</summary>
    internal static IServiceCollection AddCollectorChecks(this IServiceCollection services)
    {
        services.AddSingleton<ICheck, RrasServiceCheck>();
        services.AddSingleton<ICheck, RrasConfigCheck>();
        foreach (var family in new EventFamily[] { new DnsClientEvents(), new RasClientEvents(), new RemoteAccessEvents(), new IkeFailureEvents() })
        {
            services.AddSingleton<ICheck>(provider => new RecentEventsCheck(
                family,
                provider.GetRequiredService<IEventLogSource>(),
                provider.GetRequiredService<IOptions<AgentEventsOptions>>(),
                provider.GetRequiredService<LocalMachine>(),
                provider.GetRequiredService<TimeProvider>()));
        }

        services.TryAddSingleton<ILocalCertificateSource, MachineStoreCertificateSource>();
        return services;
    }
}
