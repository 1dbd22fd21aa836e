using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Bot.Tests.Storage;

public sealed class AddBotStorageTests : IDisposable
{
    private readonly TempFolder _contentRoot = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _contentRoot.Dispose();

    [Fact]
    public async Task AddBotStorage_EveryStoreInterface_IsTheSameInstance()
    {
        await using var services = Build([]);

        var store = services.GetRequiredService<IBotStore>();

        Assert.Same(store, services.GetRequiredService<IConversationStore>());
        Assert.Same(store, services.GetRequiredService<IPreferenceStore>());
        Assert.Same(store, services.GetRequiredService<ICheckHistoryStore>());
        Assert.Same(store, services.GetRequiredService<IBotStore>());
    }

    [Fact]
    public async Task AddBotStorage_HostStart_CreatesTheDatabaseUnderTheContentRoot()
    {
        await using var services = Build([]);

        await StartAsync(services);

        Assert.True(File.Exists(_contentRoot.Combine("data", "vpnbot.db")));
        await services.GetRequiredService<IPreferenceStore>().SetLanguageAsync("29:user-1", Language.Japanese, Ct);
        Assert.Equal(Language.Japanese, await services.GetRequiredService<IPreferenceStore>().FindLanguageAsync("29:user-1", Ct));
    }

    [Fact]
    public async Task AddBotStorage_DataFolderFromConfiguration_IsUsed()
    {
        var absolute = _contentRoot.Combine("elsewhere", "state");
        await using var services = Build(new() { ["Vpn:Bot:Storage:DataFolder"] = absolute });

        await StartAsync(services);

        Assert.True(File.Exists(Path.Combine(absolute, "vpnbot.db")));
    }

    [Fact]
    public async Task AddBotStorage_DataFolderThatCannotBeCreated_StopsTheStartNamingTheFolder()
    {
        File.WriteAllText(_contentRoot.Combine("taken"), "a file where the folder should be");
        await using var services = Build(new() { ["Vpn:Bot:Storage:DataFolder"] = "taken/data" });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync(services));

        Assert.Contains(_contentRoot.Combine("taken", "data"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotStorage_UnsupportedProvider_FailsValidationNamingTheKey()
    {
        await using var services = Build(new() { ["Vpn:Bot:Storage:Provider"] = "Oracle" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Vpn:Bot:Storage:Provider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotStorage_KeysFromConfiguration_AreBound()
    {
        await using var services = Build(new()
        {
            ["Vpn:Bot:Storage:BusyTimeout"] = "00:00:03",
            ["Vpn:Bot:Storage:ChecksKeptPerEndpoint"] = "50",
            ["Vpn:Bot:Storage:ConnectionString"] = "Data Source=custom.db",
        });

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(3), options.BusyTimeout);
        Assert.Equal(50, options.ChecksKeptPerEndpoint);
        Assert.Equal("Data Source=custom.db", options.ConnectionString);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(_contentRoot.Path));
        services.AddBotStorage(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static async Task StartAsync(IServiceProvider services)
    {
        try
        {
            foreach (var hosted in services.GetServices<IHostedService>())
            {
                await hosted.StartAsync(Ct);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private sealed class TestEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "VpnBot.Host";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
