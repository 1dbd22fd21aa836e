using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VpnBot.Host.LocalChat;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Browser.Tests.Support;

/// <summary>
/// A host on a real loopback port with the local chat page, the Bot Framework's CloudAdapter at /api/messages
/// and <see cref="CardTestBot"/>: the page's whole path (page → /local/send → /api/messages → bot →
/// ConnectorClient → local connector → event stream) without the product's commands.
/// </summary>
internal sealed class LocalChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalChatServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public CardTestBot Bot => _app.Services.GetRequiredService<CardTestBot>();

    internal TranscriptStore Store => _app.Services.GetRequiredService<TranscriptStore>();

    public static async Task<LocalChatServer> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development", CancellationToken cancellationToken = default)
    {
        var app = Build(settings, environment);
        await app.StartAsync(cancellationToken);
        return new LocalChatServer(app, new Uri(app.Urls.First() + "/"));
    }

    /// <summary>The application before it starts, for tests of what starting refuses.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?>? settings, string environment)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Services.AddLocalChat(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<BotFrameworkAuthentication>(services =>
            new ConfigurationBotFrameworkAuthentication(services.GetRequiredService<IConfiguration>(), httpClientFactory: services.GetRequiredService<IHttpClientFactory>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => new CloudAdapter(services.GetRequiredService<BotFrameworkAuthentication>()));
        builder.Services.AddSingleton<CardTestBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, IBotFrameworkHttpAdapter adapter, CardTestBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        app.MapLocalChat();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
