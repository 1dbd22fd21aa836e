using Microsoft.Extensions.Hosting;

namespace VpnBot.Bot.Storage;

/// <summary>
/// Creates or upgrades the schema when the host starts, before it takes requests, so a data folder that
/// cannot be written stops the host with a sentence naming the folder instead of failing the first turn.
/// </summary>
internal sealed class StorageInitializer(IBotStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
