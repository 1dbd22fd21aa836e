using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Checks;
using VpnBot.Bot.Commands;
using VpnBot.Bot.Commands.Handlers;
using VpnBot.Bot.Configuration;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Localization;
using VpnBot.Bot.Remediation;
using VpnBot.Bot.Roles;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.DependencyInjection;

namespace VpnBot.Bot.DependencyInjection;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot without its chat platform: options (validated at start), the diagnostics core, the
    /// command handlers, the turn processor and the check runs. The host adds storage and the chat edge.
    /// </summary>
    public static IServiceCollection AddVpnBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<VpnOptions>().Bind(configuration.GetSection(VpnOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VpnOptions>, EndpointCatalogValidator>());
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddOptions<CheckJobOptions>().Bind(configuration.GetSection(CheckJobOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddVpnDiagnostics();
        services.TryAddSingleton<EndpointCatalog>();
        services.TryAddSingleton<RoleResolver>();
        services.TryAddSingleton<LanguageResolver>();
        services.TryAddSingleton<ServerStates>();
        services.TryAddSingleton<CheckJobs>();
        services.TryAddSingleton<IRemoteAgents, NoRemoteAgents>();
        services.TryAddSingleton<AgentAdministration>();
        services.TryAddSingleton<CheckFanOut>();
        services.TryAddSingleton<RemediationDesk>();
        services.AddHostedService<RemediationWorker>();
        services.AddHostedService<CheckJobWorker>();

        services.AddSingleton<ICommandHandler, CheckCommand>();
        services.AddSingleton<ICommandHandler, ExplainCommand>();
        services.AddSingleton<ICommandHandler, StatusCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<ICommandHandler, LanguageCommand>();
        services.AddSingleton<ICommandHandler, TriageSubmitCommand>();
        services.AddSingleton<ICommandHandler, AgentsCommand>();
        services.AddSingleton<ICommandHandler, FixCommand>();
        services.AddSingleton<ICommandHandler, AuditCommand>();
        services.AddSingleton<ICommandHandler>(sp => RemediationDecisionCommand.Approve(sp.GetRequiredService<RemediationDesk>()));
        services.AddSingleton<ICommandHandler>(sp => RemediationDecisionCommand.Refuse(sp.GetRequiredService<RemediationDesk>()));
        services.TryAddSingleton<TurnProcessor>();
        return services;
    }
}
