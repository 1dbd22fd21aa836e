using Microsoft.Extensions.Options;
using VpnBot.Bot.Configuration;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Host.Hosting;

/// <summary>Says at start what the host will do: endpoints, authentication, who is IT, which tenants.</summary>
internal sealed partial class StartupReport(
    EndpointCatalog endpoints,
    IOptions<BotOptions> bot,
    IConfiguration configuration,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogEndpoints(logger, endpoints.All.Count, endpoints.Names);
        if (string.IsNullOrEmpty(configuration["MicrosoftAppId"]))
        {
            LogNoAppId(logger);
        }

        if (bot.Value.AllowedTenants.Count == 0)
        {
            LogAllTenants(logger);
        }

        if (bot.Value.ItAdmins.Count == 0 && bot.Value.ItTeams.Count == 0)
        {
            LogNoIt(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} VPN endpoint(s) configured: {Names}")]
    private static partial void LogEndpoints(ILogger logger, int count, IReadOnlyList<string> names);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MicrosoftAppId is not set: /api/messages accepts unauthenticated requests. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before Teams can reach this host.")]
    private static partial void LogNoAppId(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vpn:Bot:AllowedTenants is empty: users of every tenant may talk to the bot")]
    private static partial void LogAllTenants(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Vpn:Bot:ItAdmins nor Vpn:Bot:ItTeams is set: nobody sees full findings or may run /vpn check")]
    private static partial void LogNoIt(ILogger logger);
}
