using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VpnBot.Host.Tests.Support;

/// <summary>
/// Stands in for Teams' Bot Connector service on loopback: records every activity the bot sends (POST) or
/// updates (PUT) and answers as the service does, with the activity id.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _nextId;

    private ConnectorStandIn(WebApplication app) => _app = app;

    /// <summary>The service URL to put into activities (ends with a slash, as Teams sends it).</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyCollection<ConnectorCall> Calls => _calls.ToArray();

    public static async Task<ConnectorStandIn> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ConnectorStandIn(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpRequest request) => connector.RecordAsync("POST", conversationId, null, request));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) => connector.RecordAsync("POST", conversationId, activityId, request));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpRequest request) => connector.RecordAsync("PUT", conversationId, activityId, request));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Waits until a call matching <paramref name="match"/> has arrived, or fails after <paramref name="timeout"/>.</summary>
    public async Task<ConnectorCall> WaitForAsync(Func<ConnectorCall, bool> match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            var found = _calls.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching connector call within {timeout}. Calls so far:\n{Describe()}");
            }
        }
    }

    public string Describe() => string.Join('\n', _calls.Select(c => $"{c.Method} {c.ConversationId} {c.ActivityId}: {c.CardText()[..Math.Min(200, c.CardText().Length)]}"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> RecordAsync(string method, string conversationId, string? activityId, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var id = method == "PUT" ? activityId! : $"bot-{Interlocked.Increment(ref _nextId)}";
        _calls.Enqueue(new ConnectorCall(method, Uri.UnescapeDataString(conversationId), activityId, id, body!.AsObject(), request.Headers.Authorization.ToString()));
        _arrived.Release(1000);
        return Results.Json(new { id });
    }
}

/// <summary>One request the bot made to the connector.</summary>
/// <param name="ActivityId">The activity replied to (POST) or updated (PUT), from the URL.</param>
/// <param name="ResultId">The id of the resulting activity.</param>
public sealed record ConnectorCall(string Method, string ConversationId, string? ActivityId, string ResultId, JsonObject Activity, string Authorization)
{
    /// <summary>The first Adaptive Card of the activity, or null.</summary>
    public JsonObject? Card =>
        Activity["attachments"]?.AsArray().FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    /// <summary>Every text of the card, concatenated, for content assertions.</summary>
    public string CardText() => Card is null ? string.Empty : CardTexts.Of(Card);
}

public static class CardTexts
{
    /// <summary>All "text", "title" and "value" strings anywhere in a card, one per line.</summary>
    public static string Of(JsonNode card)
    {
        var texts = new List<string>();
        Walk(card);
        return string.Join('\n', texts);

        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj)
                    {
                        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && name is "text" or "title" or "value" or "fallbackText" or "label" or "placeholder")
                        {
                            texts.Add(v.GetValue<string>());
                        }
                        else
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        Walk(item);
                    }

                    break;
            }
        }
    }
}
