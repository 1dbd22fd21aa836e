namespace VpnBot.Windows.Agent;

/// <summary>
/// One read of something machine-wide (the RRAS configuration, an event-log query) shared by every run that
/// asks while it is in flight and reused while it is fresh. An agent checking 500 endpoints at once starts
/// one PowerShell, not 500. The read runs on its own time limit, not the first caller's: one unit giving up
/// does not cancel it for the others, and a read that finishes after its caller's deadline still serves
/// the next run.
/// </summary>
/// <typeparam name="T">What the read produces; a failure is a value of it, not an exception.</typeparam>
internal sealed class CachedRead<T>
    where T : class
{
    private readonly Func<CancellationToken, Task<T>> _read;
    private readonly TimeSpan _fresh;
    private readonly TimeSpan _limit;
    private readonly Func<T, bool> _keep;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<Stamped>? _current;

    /// <param name="read">The read; it must honour its token and turn expected failures into values.</param>
    /// <param name="fresh">How long a result is reused.</param>
    /// <param name="limit">The most one read may take before its token is cancelled.</param>
    /// <param name="keep">Whether a result may be reused at all (a failed read is tried again next time).</param>
    /// <param name="time">The clock.</param>
    public CachedRead(Func<CancellationToken, Task<T>> read, TimeSpan fresh, TimeSpan limit, Func<T, bool> keep, TimeProvider time)
    {
        _read = read;
        _fresh = fresh;
        _limit = limit;
        _keep = keep;
        _time = time;
    }

    /// <summary>The shared result and when it was read; the caller stops waiting at its own cancellation.</summary>
    public Task<(T Value, DateTimeOffset ReadAt)> GetAsync(CancellationToken cancellationToken)
    {
        Task<Stamped> current;
        lock (_gate)
        {
            if (_current is null || IsStale(_current))
            {
                _current = ReadAsync();
            }

            current = _current;
        }

        return Await(current, cancellationToken);

        static async Task<(T, DateTimeOffset)> Await(Task<Stamped> task, CancellationToken ct)
        {
            var stamped = await task.WaitAsync(ct).ConfigureAwait(false);
            return (stamped.Value, stamped.ReadAt);
        }
    }

    private bool IsStale(Task<Stamped> task)
    {
        if (!task.IsCompleted)
        {
            return false;
        }

        // Reads turn expected failures into values; one that threw anyway (a bug) is tried again, not kept.
        return !task.IsCompletedSuccessfully
            || !_keep(task.Result.Value)
            || _time.GetUtcNow() - task.Result.ReadAt >= _fresh;
    }

    private async Task<Stamped> ReadAsync()
    {
        using var limit = new CancellationTokenSource(_limit, _time);
        // Yield first so the read never runs under the caller's lock or on its stack.
        await Task.Yield();
        var value = await _read(limit.Token).ConfigureAwait(false);
        return new Stamped(value, _time.GetUtcNow());
    }

    private sealed record Stamped(T Value, DateTimeOffset ReadAt);
}
