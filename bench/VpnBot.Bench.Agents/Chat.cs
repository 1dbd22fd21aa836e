using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace VpnBot.Bench.Agents;

/// <summary>
/// Talks to the host the way Teams does: personal-chat message activities from the IT administrator posted to
/// <c>/api/messages</c>, the bot's answers read at the <see cref="Connector"/>.
/// </summary>
internal sealed class Chat(Uri host, Connector connector) : IDisposable
{
    public const string Tenant = "72f988bf-0000-4000-8000-0000000000b1";
    public const string ItAdmin = "a1b2c3d4-0000-4000-8000-0000000000aa";

    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static long _sequence = 1_764_200_000_000;

    // No connection cap: a cap would queue posts inside this process and show the queue as the host's time.
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>The host's base address.</summary>
    public Uri Host => host;

    /// <summary>Says <paramref name="text"/> in <paramref name="conversation"/> and returns the bot's first reply.</summary>
    public async Task<ConnectorCall> SayAsync(string text, string conversation, TimeSpan wait, CancellationToken cancellationToken)
    {
        var (id, body) = Message(text, conversation);
        var reply = connector.FirstReplyTo(id);
        using var response = await PostAsync(body, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await reply.WaitAsync(wait, TimeProvider.System, cancellationToken);
    }

    /// <summary>
    /// <c>/vpn check ENDPOINT</c>: posts it, then waits (at most <paramref name="wait"/> in all) for the progress
    /// card and its final version. Whatever did not happen stays unset in the result; nothing throws but a cancel.
    /// </summary>
    public async Task<CheckTiming> CheckAsync(string endpoint, string conversation, TimeSpan wait, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var (id, body) = Message($"/vpn check {endpoint}", conversation);
        var timing = new CheckTiming(endpoint);
        var reply = connector.FirstReplyTo(id);
        timing.Sent = time.GetTimestamp();
        try
        {
            using var response = await PostAsync(body, cancellationToken);
            timing.Status = (int)response.StatusCode;
            timing.Progress = await reply.WaitAsync(wait, time, cancellationToken);
            var left = wait - time.GetElapsedTime(timing.Sent);
            timing.Final = await connector.FinalCard(timing.Progress.Id).WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            timing.Error = exception.HttpRequestError.ToString();
        }
        catch (TimeoutException)
        {
            timing.Error = timing.Progress is null ? "no progress card" : "no final card";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            timing.Error = "no HTTP answer within 2 min";
        }

        return timing;
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var response = await _http.PostAsync(new Uri(host, "api/messages"), content, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        return response;
    }

    /// <summary>A Teams personal-chat message from the IT administrator, built before any clock starts.</summary>
    private (string Id, byte[] Body) Message(string text, string conversation)
    {
        var id = Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-11-27T08:00:00.000Z",
            ["serviceUrl"] = connector.ServiceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:1user-a1b2c3d4", ["name"] = "Kenji Ito", ["aadObjectId"] = ItAdmin },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = conversation },
            ["recipient"] = new JsonObject { ["id"] = "28:vpnbot", ["name"] = "VpnBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = "en-US",
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        return (id, System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }
}
