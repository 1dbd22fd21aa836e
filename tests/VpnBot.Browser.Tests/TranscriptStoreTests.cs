using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Host.LocalChat;
using VpnBot.Host.LocalChat.Transcript;

namespace VpnBot.Browser.Tests;

public sealed class TranscriptStoreTests
{
    private const string Channel = "19:c@thread.tacv2";

    [Fact]
    public void Add_MoreThanTheCap_KeepsTheNewest()
    {
        var store = Store(maxActivities: 3);

        foreach (var id in new[] { "1", "2", "3", "4", "5" })
        {
            store.Add(new StoredActivity(id, Channel, "{}"));
        }

        using var watch = store.Watch(Channel);
        Assert.Equal(["3", "4", "5"], watch.Backlog.Select(a => a.Id));
    }

    [Fact]
    public void Add_ThreadsOfAChannel_ShareTheChannelsTranscript()
    {
        var store = Store();

        store.Add(new StoredActivity("1", Channel + ";messageid=1", "{}"));
        store.Add(new StoredActivity("2", Channel + ";messageid=2", "{}"));

        using var watch = store.Watch(Channel);
        Assert.Equal([Channel + ";messageid=1", Channel + ";messageid=2"], watch.Backlog.Select(a => a.ConversationId));
    }

    [Fact]
    public void Add_MoreConversationsThanTheCap_ForgetsTheLeastRecentlyUsed()
    {
        var store = Store(maxConversations: 2);
        store.Add(new StoredActivity("1", "a:one", "{}"));
        store.Add(new StoredActivity("2", "a:two", "{}"));
        store.Update("a:one", "1", """{"seen":true}""");

        store.Add(new StoredActivity("3", "a:three", "{}"));

        Assert.NotNull(store.Find("a:one", "1"));
        Assert.Null(store.Find("a:two", "2"));
        Assert.NotNull(store.Find("a:three", "3"));
    }

    [Fact]
    public void Update_KnownActivity_KeepsItsPlaceAndThreadAndTellsWatchers()
    {
        var store = Store();
        store.Add(new StoredActivity("1", Channel + ";messageid=1", "{\"v\":1}"));
        store.Add(new StoredActivity("2", Channel + ";messageid=1", "{}"));
        using var watch = store.Watch(Channel);

        var updated = store.Update(Channel, "1", "{\"v\":2}");

        Assert.Equal(new StoredActivity("1", Channel + ";messageid=1", "{\"v\":2}"), updated);
        Assert.True(watch.Changes.TryRead(out var change));
        Assert.Equal(new TranscriptEvent(TranscriptChange.Updated, updated!), change);
        Assert.Null(store.Update(Channel, "3", "{}"));
    }

    [Fact]
    public void Watch_WatcherThatFallsFarBehind_IsCutOffInsteadOfHoldingEverything()
    {
        var store = Store(maxActivities: 1000);
        using var watch = store.Watch(Channel);

        for (var i = 0; i < 300; i++)
        {
            store.Add(new StoredActivity(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Channel, "{}"));
        }

        var read = 0;
        while (watch.Changes.TryRead(out _))
        {
            read++;
        }

        Assert.True(watch.Changes.Completion.IsCompleted);
        Assert.InRange(read, 1, 299);
    }

    [Fact]
    public void NewActivityId_Successive_AreIncreasingNumbersFromTheClock()
    {
        var store = Store();

        var first = long.Parse(store.NewActivityId(), System.Globalization.CultureInfo.InvariantCulture);
        var second = long.Parse(store.NewActivityId(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() + 1, first);
        Assert.Equal(first + 1, second);
    }

    [Fact]
    public void MarkOpened_SameConversationOrItsThreads_IsTrueOnlyOnce()
    {
        var store = Store();

        Assert.True(store.MarkOpened(Channel));
        Assert.False(store.MarkOpened(Channel + ";messageid=9"));
        Assert.True(store.MarkOpened("a:personal"));
    }

    private static TranscriptStore Store(int maxActivities = 200, int maxConversations = 20) => new(
        Options.Create(new LocalChatOptions { MaxActivitiesPerConversation = maxActivities, MaxConversations = maxConversations }),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)));
}
