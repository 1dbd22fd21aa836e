using System.Collections.Concurrent;
using System.Threading.Channels;

namespace VpnBot.Bot.Checks;

/// <summary>
/// Hands check runs from the turn that asked for them to <see cref="CheckJobWorker"/>, so a turn answers at
/// once (Teams gives a bot about 15 s) while the checks run for up to the deadline.
/// </summary>
public sealed class CheckJobs
{
    private readonly Channel<CheckJob> _jobs = Channel.CreateUnbounded<CheckJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    internal ChannelReader<CheckJob> Reader => _jobs.Reader;

    /// <summary>Claims <paramref name="key"/>; false when a run with that key has not finished yet.</summary>
    public bool TryBegin(string key) => _running.TryAdd(key, 0);

    /// <summary>Releases a key claimed with <see cref="TryBegin"/> whose job was not enqueued.</summary>
    public void Abandon(string key) => _running.TryRemove(key, out _);

    public void Enqueue(CheckJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!_jobs.Writer.TryWrite(job))
        {
            _running.TryRemove(job.Key, out _);
            throw new InvalidOperationException("The check queue is closed: the host is stopping.");
        }
    }

    internal void Complete(CheckJob job) => _running.TryRemove(job.Key, out _);

    /// <summary>How many runs are queued or running.</summary>
    public int Running => _running.Count;
}
