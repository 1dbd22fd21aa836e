using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VpnBot.Bench.Agents;

/// <summary>
/// Stands in for Teams' Bot Connector service on loopback. The bot's first reply to a message
/// (<c>POST /v3/conversations/{id}/activities/{replyToId}</c>) gets a new activity id, as the service gives;
/// a check's card is then updated in place (<c>PUT …/activities/{thatId}</c>) until its final version, the one
/// with the "run again" button (verb <c>check.run</c>). Times are taken when a request reaches its handler,
/// before the body is read.
/// </summary>
internal sealed class Connector : IAsyncDisposable
{
    /// <summary>The verb of the final card's "run again" button; progress cards have no button.</summary>
    public const string FinalCardMarker = "check.run";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ConnectorCall>> _firstReplies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ConnectorCall>> _finalCards = new(StringComparer.Ordinal);
    private long _nextId;
    private long _updates;

    private Connector(WebApplication app) => _app = app;

    /// <summary>The service URL activities carry (with a trailing slash, as Teams sends it).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Card updates that were not a final card (progress), since the start.</summary>
    public long ProgressUpdates => Interlocked.Read(ref _updates);

    public static async Task<Connector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new Connector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId, HttpRequest request) => connector.ReplyAsync(activityId, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.ProactiveAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId, HttpRequest request) => connector.UpdateAsync(activityId, request));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The bot's first reply to the message with <paramref name="activityId"/> (whenever it arrives).</summary>
    public Task<ConnectorCall> FirstReplyTo(string activityId) => Slot(_firstReplies, activityId).Task;

    /// <summary>The final version of the card with <paramref name="cardId"/> (whenever it arrives).</summary>
    public Task<ConnectorCall> FinalCard(string cardId) => Slot(_finalCards, cardId).Task;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReplyAsync(string activityId, HttpRequest request)
    {
        var arrived = TimeProvider.System.GetTimestamp();
        var id = $"connector-{Interlocked.Increment(ref _nextId)}";
        Slot(_firstReplies, activityId).TrySetResult(new ConnectorCall(arrived, id, await ReadAsync(request)));
        return Results.Json(new ResourceResponse(id));
    }

    private async Task<IResult> UpdateAsync(string activityId, HttpRequest request)
    {
        var arrived = TimeProvider.System.GetTimestamp();
        var body = await ReadAsync(request);
        if (body.Contains(FinalCardMarker, StringComparison.Ordinal))
        {
            Slot(_finalCards, activityId).TrySetResult(new ConnectorCall(arrived, activityId, body));
        }
        else
        {
            Interlocked.Increment(ref _updates);
        }

        return Results.Json(new ResourceResponse(activityId));
    }

    private async Task<IResult> ProactiveAsync(HttpRequest request)
    {
        await ReadAsync(request);
        return Results.Json(new ResourceResponse($"connector-{Interlocked.Increment(ref _nextId)}"));
    }

    private static TaskCompletionSource<ConnectorCall> Slot(ConcurrentDictionary<string, TaskCompletionSource<ConnectorCall>> slots, string key) =>
        slots.GetOrAdd(key, _ => new TaskCompletionSource<ConnectorCall>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static async Task<string> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private sealed record ResourceResponse(string Id);
}

/// <summary>A request of the bot to the connector.</summary>
/// <param name="Arrived">Timestamp (<see cref="TimeProvider.GetTimestamp"/>) when it reached the handler.</param>
/// <param name="Id">The activity id: the new one for a reply, the updated one for a PUT.</param>
/// <param name="Body">The activity JSON.</param>
internal sealed record ConnectorCall(long Arrived, string Id, string Body);
