using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VpnBot.Bench.Host;

/// <summary>
/// Stands in for Teams' Bot Connector service on loopback. A reply to an activity arrives as
/// <c>POST /v3/conversations/{id}/activities/{replyToId}</c>; the stand-in notes when the first one for each
/// activity arrived (on entry, before reading the body) and answers as the service does, with a new id. It also
/// notes which of a few marker strings each reply contains, so a run can tell whether the bot answered with the
/// card the scenario expects.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IReadOnlyList<string> _markers;
    private readonly ConcurrentDictionary<string, ConnectorReply> _firstReplies = new(StringComparer.Ordinal);
    private long _nextId;

    private ConnectorStandIn(WebApplication app, IReadOnlyList<string> markers)
    {
        _app = app;
        _markers = markers;
    }

    /// <summary>The service URL activities carry (with a trailing slash, as Teams sends it).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<ConnectorStandIn> StartAsync(IReadOnlyList<string> markers, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ConnectorStandIn(app, markers);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId, HttpRequest request) => connector.ReplyAsync(activityId, request));
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.OtherAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.OtherAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>The first reply to <paramref name="activityId"/>, if one has arrived.</summary>
    public ConnectorReply? FirstReplyTo(string activityId) => _firstReplies.TryGetValue(activityId, out var reply) ? reply : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReplyAsync(string activityId, HttpRequest request)
    {
        var arrived = TimeProvider.System.GetTimestamp();
        var body = await ReadAsync(request);
        var markers = _markers.Where(m => body.Contains(m, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        _firstReplies.TryAdd(activityId, new ConnectorReply(arrived, System.Text.Encoding.UTF8.GetByteCount(body), markers));
        return Answer();
    }

    private async Task<IResult> OtherAsync(HttpRequest request)
    {
        await ReadAsync(request);
        return Answer();
    }

    private IResult Answer() => Results.Json(new ResourceResponse($"connector-{Interlocked.Increment(ref _nextId)}"));

    // The body is read in full, as the service would, and kept only as long as it takes to look for the markers.
    private static async Task<string> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }

    private sealed record ResourceResponse(string Id);
}

/// <summary>A reply as the connector received it.</summary>
/// <param name="Arrived">Timestamp (<see cref="TimeProvider.GetTimestamp"/>) when the request reached the connector.</param>
/// <param name="Markers">The connector's marker strings found in the reply.</param>
internal sealed record ConnectorReply(long Arrived, int Bytes, IReadOnlySet<string> Markers);
