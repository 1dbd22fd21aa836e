using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace VpnBot.Host.LocalChat.Transcript;

/// <summary>
/// The local connector's memory: what was said in each conversation, in order, and who is watching. Bounded
/// twice — activities per conversation and conversations in all — because the bot may post without end
/// (card updates, proactive messages) and nothing here is worth keeping past a restart.
/// </summary>
internal sealed class TranscriptStore
{
    // A watcher that falls this far behind is cut off; the page reconnects and reloads the transcript whole.
    private const int WatcherBacklog = 256;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConversationLog> _logs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _opened = new(StringComparer.Ordinal);
    private readonly int _maxActivities;
    private readonly int _maxConversations;
    private long _nextId;
    private long _touches;

    public TranscriptStore(IOptions<LocalChatOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _maxActivities = Math.Max(1, options.Value.MaxActivitiesPerConversation);
        _maxConversations = Math.Max(1, options.Value.MaxConversations);

        // Teams message ids are millisecond timestamps; starting from now keeps ids unique across restarts
        // while a page still shows an older transcript.
        _nextId = time.GetUtcNow().ToUnixTimeMilliseconds();
    }

    public string NewActivityId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    /// <summary>True the first time a conversation is opened in this process: the moment Teams would say the bot was added.</summary>
    public bool MarkOpened(string conversationId)
    {
        lock (_gate)
        {
            return _opened.Add(ConversationKey.Of(conversationId));
        }
    }

    public void Add(StoredActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var log = LogOf(activity.ConversationId);
            log.Activities.Add(activity);
            if (log.Activities.Count > _maxActivities)
            {
                log.Activities.RemoveRange(0, log.Activities.Count - _maxActivities);
            }

            Publish(log, new TranscriptEvent(TranscriptChange.Added, activity));
        }
    }

    public StoredActivity? Find(string conversationId, string activityId)
    {
        lock (_gate)
        {
            return _logs.TryGetValue(ConversationKey.Of(conversationId), out var log)
                ? log.Activities.Find(a => a.Id == activityId)
                : null;
        }
    }

    /// <summary>Replaces an activity's JSON in place; null when the conversation has no such activity.</summary>
    public StoredActivity? Update(string conversationId, string activityId, string json)
    {
        lock (_gate)
        {
            if (!_logs.TryGetValue(ConversationKey.Of(conversationId), out var log))
            {
                return null;
            }

            var index = log.Activities.FindIndex(a => a.Id == activityId);
            if (index < 0)
            {
                return null;
            }

            var updated = log.Activities[index] with { Json = json };
            log.Activities[index] = updated;
            log.LastTouched = ++_touches;
            Publish(log, new TranscriptEvent(TranscriptChange.Updated, updated));
            return updated;
        }
    }

    public bool Delete(string conversationId, string activityId)
    {
        lock (_gate)
        {
            if (!_logs.TryGetValue(ConversationKey.Of(conversationId), out var log))
            {
                return false;
            }

            var index = log.Activities.FindIndex(a => a.Id == activityId);
            if (index < 0)
            {
                return false;
            }

            var deleted = log.Activities[index];
            log.Activities.RemoveAt(index);
            Publish(log, new TranscriptEvent(TranscriptChange.Deleted, deleted));
            return true;
        }
    }

    /// <summary>
    /// The transcript so far and every change after it, taken under one lock so that nothing is missed or
    /// seen twice between the two.
    /// </summary>
    public TranscriptWatch Watch(string conversationId)
    {
        var events = Channel.CreateBounded<TranscriptEvent>(
            new BoundedChannelOptions(WatcherBacklog) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        lock (_gate)
        {
            var log = LogOf(conversationId);
            log.Watchers.Add(events);
            return new TranscriptWatch([.. log.Activities], events.Reader, () => Unwatch(log, events));
        }
    }

    private void Unwatch(ConversationLog log, Channel<TranscriptEvent> events)
    {
        lock (_gate)
        {
            log.Watchers.Remove(events);
        }

        events.Writer.TryComplete();
    }

    private ConversationLog LogOf(string conversationId)
    {
        var key = ConversationKey.Of(conversationId);
        if (!_logs.TryGetValue(key, out var log))
        {
            if (_logs.Count >= _maxConversations)
            {
                ForgetLeastRecent();
            }

            log = new ConversationLog();
            _logs.Add(key, log);
        }

        log.LastTouched = ++_touches;
        return log;
    }

    private void ForgetLeastRecent()
    {
        var oldest = _logs.MinBy(pair => pair.Value.LastTouched);
        foreach (var watcher in oldest.Value.Watchers)
        {
            watcher.Writer.TryComplete();
        }

        _logs.Remove(oldest.Key);
    }

    private static void Publish(ConversationLog log, TranscriptEvent change)
    {
        for (var i = log.Watchers.Count - 1; i >= 0; i--)
        {
            if (!log.Watchers[i].Writer.TryWrite(change))
            {
                log.Watchers[i].Writer.TryComplete();
                log.Watchers.RemoveAt(i);
            }
        }
    }

    private sealed class ConversationLog
    {
        public List<StoredActivity> Activities { get; } = [];

        public List<Channel<TranscriptEvent>> Watchers { get; } = [];

        public long LastTouched { get; set; }
    }
}
