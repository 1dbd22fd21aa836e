using VpnBot.Bot.DependencyInjection;
using VpnBot.Bot.Storage;
using VpnBot.Host.Teams;

namespace VpnBot.Host.Hosting;

/// <summary>The host's composition: the bot, its storage, the Teams edge and the local chat page.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddVpnBotHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Services.AddVpnBot(configuration);
        builder.Services.AddBotStorage(configuration);
        builder.Services.AddTeamsEdge(configuration);
        builder.Services.AddHostedService<StartupReport>();
        return builder;
    }

    public static WebApplication MapVpnBotHost(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapTeamsMessages();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }
}
