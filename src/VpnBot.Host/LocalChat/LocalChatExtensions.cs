using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Configuration;
using VpnBot.Host.LocalChat.Connector;
using VpnBot.Host.LocalChat.Events;
using VpnBot.Host.LocalChat.Page;
using VpnBot.Host.LocalChat.Sending;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Host.LocalChat;

/// <summary>
/// The local chat page: a person types at <c>/</c>, the host turns it into the activity Teams would send and
/// posts it to its own <c>/api/messages</c>; the bot's replies and updates come back through a local Bot
/// Connector at <c>/local/connector/</c> and reach the page as Server-Sent Events.
/// </summary>
public static class LocalChatExtensions
{
    /// <summary>The Bot Framework's app id key: when it is set, the bot demands tokens the page cannot mint.</summary>
    public const string AppIdKey = "MicrosoftAppId";

    /// <summary>
    /// Registers the page's services when it is on: <c>Vpn:Bot:LocalChat:Enabled</c>, or, when that is unset,
    /// the Development environment without a <c>MicrosoftAppId</c>. While on, the page's IT team and channel
    /// count as IT (<c>Vpn:Bot:ItTeams</c>) and its tenant is allowed.
    /// </summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(LocalChatOptions.SectionName);
        var enabled = section.GetValue<bool?>(nameof(LocalChatOptions.Enabled));
        var appId = configuration[AppIdKey];
        var hasAppId = !string.IsNullOrWhiteSpace(appId);
        var on = enabled ?? (environment.IsDevelopment() && !hasAppId);
        services.AddSingleton(new LocalChatSwitch(on, OffBecauseOfAppId: enabled is null && environment.IsDevelopment() && hasAppId));
        if (!on)
        {
            return services;
        }

        services.AddOptions<LocalChatOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalChatOptions>>(new LocalChatOptionsValidator(appId));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TranscriptStore>();
        services.AddSingleton<TeamsActivityFactory>();
        services.AddHttpClient<LocalBotClient>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        services.PostConfigure<BotOptions>(bot =>
        {
            AddMissing(bot.ItTeams, LocalChatIdentity.ItTeamId);
            AddMissing(bot.ItTeams, LocalChatIdentity.ItChannelId);

            // An empty list allows every tenant already; a non-empty one must let the page's tenant in.
            if (bot.AllowedTenants.Count > 0)
            {
                AddMissing(bot.AllowedTenants, LocalChatIdentity.TenantId);
            }
        });
        return services;
    }

    /// <summary>Maps the page at <c>/</c> and its endpoints under <c>/local/</c>; maps nothing when the page is off.</summary>
    public static WebApplication MapLocalChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalChatExtensions).FullName!);
        var state = app.Services.GetService<LocalChatSwitch>();
        if (state is not { IsOn: true })
        {
            if (state is { OffBecauseOfAppId: true })
            {
                LocalChatLog.OffWithAppId(logger);
            }

            return app;
        }

        var root = app.MapGroup(string.Empty).AddEndpointFilter<LoopbackOnly>();
        var local = app.MapGroup("/local").AddEndpointFilter<LoopbackOnly>();
        root.MapLocalPage(local);
        local.MapLocalConnector();
        local.MapLocalEvents();
        local.MapLocalSending();

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LocalChatLog.PageReady(logger, address);
            }
        });
        return app;
    }

    private static void AddMissing(IList<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(value);
        }
    }
}
