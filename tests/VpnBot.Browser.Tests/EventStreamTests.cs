using System.Text.Json.Nodes;
using VpnBot.Browser.Tests.Support;

namespace VpnBot.Browser.Tests;

/// <summary>/local/events: the transcript so far, <c>ready</c>, then every change, as Server-Sent Events.</summary>
public sealed class EventStreamTests : IAsyncLifetime
{
    private LocalChatServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await LocalChatServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Events_BacklogThenLiveChanges_ArriveInOrderAsJson()
    {
        await PageClient.SayAsync(_server.Http, "personal", "before");
        using var response = await _server.Http.GetAsync(
            new Uri("local/events?conversation=personal", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var backlog = new[] { await NextAsync(reader), await NextAsync(reader), await NextAsync(reader) };
        await PageClient.SayAsync(_server.Http, "personal", "card");
        var live = new[] { await NextAsync(reader), await NextAsync(reader), await NextAsync(reader) };

        Assert.Equal(["activity", "activity", "ready"], backlog.Select(e => e.Type));
        Assert.Equal("before", (string?)backlog[0].Data!["activity"]!["text"]);
        Assert.Equal("Received: **before**", (string?)backlog[1].Data!["activity"]!["text"]);
        Assert.Equal(["added", "added", "updated"], live.Select(e => (string?)e.Data!["change"]));
        Assert.Equal((string?)live[1].Data!["activity"]!["id"], (string?)live[2].Data!["activity"]!["id"]);
        Assert.Contains("Step 2 of 2", live[2].Data!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_UnknownConversation_Is400()
    {
        using var response = await _server.Http.GetAsync(new Uri("local/events?conversation=other", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
    }

    private static async Task<(string Type, JsonObject? Data)> NextAsync(StreamReader reader)
    {
        string? type = null;
        string? data = null;
        while (await reader.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
        {
            if (line.Length == 0 && data is not null)
            {
                return (type ?? "message", JsonNode.Parse(data) as JsonObject);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
