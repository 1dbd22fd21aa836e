using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using VpnBot.Bot.Conversations;

namespace VpnBot.Host.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>Largest activity <c>/api/messages</c> accepts; Teams' own messages are far smaller.</summary>
    public const long MaxActivityBytes = 256 * 1024;

    /// <summary>
    /// Adds the Teams edge: the Bot Framework CloudAdapter authenticated from <c>MicrosoftAppId</c>,
    /// <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c> and <c>MicrosoftAppTenantId</c> (without an app id
    /// the adapter accepts unauthenticated requests: local use only), the middleware and the messenger.
    /// </summary>
    public static IServiceCollection AddTeamsEdge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedContractsAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<TenantFilterMiddleware>();
        services.AddSingleton<ConversationCaptureMiddleware>();
        services.AddSingleton<VpnBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<VpnBotAdapter>());
        services.AddSingleton<IBot, VpnBotActivityHandler>();
        services.AddSingleton<IProactiveMessenger, TeamsMessenger>();
        return services;
    }

    /// <summary>Maps <c>/api/messages</c>, where Teams (and the local chat page) post activities.</summary>
    public static IEndpointConventionBuilder MapTeamsMessages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxActivityBytes));
}
