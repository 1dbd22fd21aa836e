using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Connections;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Tokens;
using VpnBot.Bot.Agents;

namespace VpnBot.Host.Agents;

public static class AgentHubExtensions
{
    private const string Policy = "agents";

    /// <summary>Runs one agent may stream at once; the agent's own default limit is 500.</summary>
    public const int MaxRunsPerAgent = 1000;

    /// <summary>The agent hub: SignalR, the agents' token authentication and the live registry the bot checks through.</summary>
    public static IServiceCollection AddAgentHub(this IServiceCollection services)
    {
        services.AddSignalR(options =>
        {
            // Findings are small; a message far above that is not from a well-behaved agent.
            options.MaximumReceiveMessageSize = 64 * 1024;
            options.KeepAliveInterval = TimeSpan.FromSeconds(15);
            options.ClientTimeoutInterval = TimeSpan.FromSeconds(40);
            options.EnableDetailedErrors = false;

            // Each run's findings arrive through a hub invocation that lasts as long as the run. SignalR runs one
            // invocation per connection at a time by default, which would queue every run of an agent behind the
            // one before it; an agent serves many runs at once (up to its MaxConcurrentPlans).
            options.MaximumParallelInvocationsPerClient = MaxRunsPerAgent;
        });
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AgentTokenAuthentication>(AgentTokenAuthentication.SchemeName, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(AgentTokenAuthentication.SchemeName).RequireAuthenticatedUser());
        services.AddSingleton(sp => new ReplayCache(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AgentConnections>();
        services.AddSingleton<IRemoteAgents>(sp => sp.GetRequiredService<AgentConnections>());
        return services;
    }

    public static IEndpointRouteBuilder MapAgentHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<AgentHub>(AgentRoutes.Hub, options => options.Transports = HttpTransportType.WebSockets)
            .RequireAuthorization(Policy);
        endpoints.MapPost(AgentRoutes.Enrol, EnrolmentEndpoint.HandleAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(EnrolmentEndpoint.MaxBodyBytes));
        return endpoints;
    }
}
