using VpnBot.Bot.DependencyInjection;
using VpnBot.Bot.Storage;
using VpnBot.Host.Agents;
using VpnBot.Host.LocalChat;
using VpnBot.Host.Teams;

namespace VpnBot.Host.Hosting;

/// <summary>The host's composition: storage, the bot, the Teams edge and the local chat page.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddVpnBotHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        // Storage first: its schema is created by a hosted service that must start before the check worker.
        builder.Services.AddBotStorage(configuration);
        builder.Services.AddVpnBot(configuration);
        builder.Services.AddTeamsEdge(configuration);
        builder.Services.AddAgentHub();
        builder.Services.AddLocalChat(configuration, builder.Environment);
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }

    public static WebApplication MapVpnBotHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTeamsMessages();
        app.MapLocalChat();
        app.MapAgentHub();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
