using System.Net.Http.Headers;

namespace VpnBot.Bench.Host;

/// <summary>Sends prepared activities to a bot: on a fixed schedule (open loop) or from N senders back to back.</summary>
internal static class Load
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>
    /// A client for one row. HTTP/1.1 keeps one request per connection, so the pool must not cap an open-loop
    /// schedule: a cap would queue requests inside this process and show the queue as the bot's latency.
    /// </summary>
    public static HttpClient Client(int maxConnections = int.MaxValue) => new(new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        MaxConnectionsPerServer = maxConnections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// Sends message i at start + i × interval whether or not earlier ones were answered, so a slow bot meets
    /// the load it would meet from Teams instead of slowing the sender down.
    /// </summary>
    public static async Task<IReadOnlyList<Outcome>> OnScheduleAsync(HttpClient client, Uri bot, IReadOnlyList<PreparedMessage> messages, TimeSpan interval, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var outcomes = messages.Select(m => new Outcome(m)).ToArray();
        var sends = new Task[outcomes.Length];
        var start = time.GetTimestamp();
        for (var i = 0; i < outcomes.Length; i++)
        {
            var due = interval * i;
            var wait = due - time.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            outcomes[i].Intended = start + (long)(due.TotalSeconds * time.TimestampFrequency);
            sends[i] = SendAsync(client, bot, outcomes[i], cancellationToken);
        }

        await Task.WhenAll(sends);
        return outcomes;
    }

    /// <summary>Each of <paramref name="senders"/> sends its next message as soon as its last one was answered.</summary>
    public static async Task<IReadOnlyList<Outcome>> BackToBackAsync(HttpClient client, Uri bot, IReadOnlyList<PreparedMessage> messages, int senders, CancellationToken cancellationToken)
    {
        var outcomes = messages.Select(m => new Outcome(m)).ToArray();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < outcomes.Length; i = Interlocked.Increment(ref next))
            {
                await SendAsync(client, bot, outcomes[i], cancellationToken);
            }
        }));
        return outcomes;
    }

    private static async Task SendAsync(HttpClient client, Uri bot, Outcome outcome, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        using var content = new ByteArrayContent(outcome.Message.Body);
        content.Headers.ContentType = Json;
        outcome.Sent = time.GetTimestamp();
        if (outcome.Intended == 0)
        {
            outcome.Intended = outcome.Sent;
        }

        try
        {
            using var response = await client.PostAsync(bot, content, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            outcome.Answered = time.GetTimestamp();
            outcome.Status = (int)response.StatusCode;
        }
        catch (HttpRequestException exception)
        {
            outcome.Answered = time.GetTimestamp();
            outcome.Error = exception.HttpRequestError.ToString();
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            outcome.Answered = time.GetTimestamp();
            outcome.Error = "timeout (30 s)";
        }
    }
}
