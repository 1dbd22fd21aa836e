using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Storage.Sqlite;

namespace VpnBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot's store from <c>Vpn:Bot:Storage</c>: one singleton behind <see cref="IBotStore"/> and
    /// each of its parts, options validated at start, and the schema created or upgraded as the host starts.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.AddSingleton(provider => new SqliteBotStore(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            ContentRoot(provider),
            provider.GetRequiredService<ILogger<SqliteBotStore>>()));
        services.AddSingleton<IBotStore>(provider => provider.GetRequiredService<SqliteBotStore>());
        services.AddSingleton<IConversationStore>(provider => provider.GetRequiredService<IBotStore>());
        services.AddSingleton<IPreferenceStore>(provider => provider.GetRequiredService<IBotStore>());
        services.AddSingleton<ICheckHistoryStore>(provider => provider.GetRequiredService<IBotStore>());
        services.AddSingleton<IAgentStore>(provider => provider.GetRequiredService<IBotStore>());
        services.AddSingleton<IRemediationStore>(provider => provider.GetRequiredService<IBotStore>());
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    /// <summary>The host's content root; the working directory when the store is used outside a host.</summary>
    private static string ContentRoot(IServiceProvider provider) =>
        provider.GetService<IHostEnvironment>()?.ContentRootPath is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
}
