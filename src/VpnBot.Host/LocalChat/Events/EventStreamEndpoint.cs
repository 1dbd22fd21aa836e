using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Host.LocalChat.Events;

/// <summary>
/// <c>GET /local/events?conversation=channel|personal</c>: the conversation's transcript so far, a
/// <c>ready</c> event, then every added, updated or deleted activity as Server-Sent Events. A page that
/// reconnects gets the whole transcript again and renders it idempotently (by activity id).
/// </summary>
internal static class EventStreamEndpoint
{
    public static void MapLocalEvents(this IEndpointRouteBuilder local) =>
        local.MapGet("/events", (string? conversation, TranscriptStore store, CancellationToken cancellationToken) =>
            LocalConversation.Find(conversation) is { } found
                ? TypedResults.ServerSentEvents(Stream(store, found, cancellationToken))
                : Results.BadRequest());

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        TranscriptStore store, LocalConversation conversation, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var watch = store.Watch(conversation.Id);
        foreach (var activity in watch.Backlog)
        {
            yield return Item(new TranscriptEvent(TranscriptChange.Added, activity));
        }

        yield return new SseItem<string>("{}", "ready");
        await foreach (var change in watch.Changes.ReadAllAsync(cancellationToken))
        {
            yield return Item(change);
        }
    }

    // The activity is already JSON: splice it in rather than parse and serialize it again.
    private static SseItem<string> Item(TranscriptEvent change) => new(
        $$"""{"change":"{{change.Change.ToString().ToLowerInvariant()}}","activity":{{change.Activity.Json}}}""",
        "activity");
}
