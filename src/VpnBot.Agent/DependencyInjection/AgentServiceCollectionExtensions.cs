using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;
using VpnBot.Agent.Connection;
using VpnBot.Agent.Credentials;
using VpnBot.Agent.Plans;
using VpnBot.Agent.Remediation;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Windows.DependencyInjection;

namespace VpnBot.Agent.DependencyInjection;

public static class AgentServiceCollectionExtensions
{
    /// <summary>
    /// The agent: the diagnostics core, the <c>Vpn</c> endpoints and <c>Vpn:Agent</c> options (both validated at
    /// start), enrolment and the connection to the host.
    /// </summary>
    public static IServiceCollection AddVpnAgent(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddVpnDiagnostics();

        // RRAS, services, event logs and the machine-store certificate: real on Windows, a skip with the reason elsewhere.
        services.AddWindowsCollectors(configuration);
        services.AddOptions<VpnOptions>().Bind(configuration.GetSection(VpnOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VpnOptions>, EndpointCatalogValidator>());
        services.TryAddSingleton<EndpointCatalog>();
        services.AddOptions<AgentOptions>().Bind(configuration.GetSection(AgentOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentOptions>, AgentOptionsValidator>());

        services.AddSingleton(provider => new CredentialFile(Path.Combine(
            Path.GetFullPath(provider.GetRequiredService<IOptions<AgentOptions>>().Value.DataFolder, provider.GetRequiredService<IHostEnvironment>().ContentRootPath),
            CredentialFile.FileName)));
        services.AddSingleton<HostTrust>();
        services.AddHttpClient<Enroller>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                SslOptions = { RemoteCertificateValidationCallback = provider.GetRequiredService<HostTrust>().Validate },
            });
        services.AddSingleton<PlanExecutor>();
        services.AddSingleton<RemediationRunner>();
        services.AddSingleton<Announcement>();
        services.AddHostedService<AgentConnection>();
        return services;
    }
}
