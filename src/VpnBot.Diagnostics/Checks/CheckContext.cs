using System.Collections.Concurrent;
using VpnBot.Diagnostics.Certificates.Source;

namespace VpnBot.Diagnostics.Checks;

/// <summary>
/// What a running unit sees: the target, the clock, its time budget, and work shared with the other
/// units of the same run (the server's address, the TLS certificate) so it is done once.
/// </summary>
public sealed class CheckContext
{
    private readonly SharedWork _shared;
    private readonly long _started;

    private CheckContext(CheckTarget target, TimeProvider time, TimeSpan budget, SharedWork shared)
    {
        Target = target;
        Time = time;
        Budget = budget;
        _shared = shared;
        _started = time.GetTimestamp();
    }

    public CheckTarget Target { get; }

    public TimeProvider Time { get; }

    /// <summary>
    /// The time this unit should plan for: probes size their waits and retries to finish inside it and
    /// report silence themselves. The runner abandons the unit only a short grace after it.
    /// </summary>
    public TimeSpan Budget { get; }

    /// <summary>What is left of <see cref="Budget"/>; never negative.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = Budget - Time.GetElapsedTime(_started);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Time spent since the unit started.</summary>
    public TimeSpan Elapsed => Time.GetElapsedTime(_started);

    /// <summary>Where this machine keeps the endpoint's certificate (an agent on the VPN server), or null.</summary>
    public ILocalCertificateSource? LocalCertificates => _shared.LocalCertificates;

    /// <summary>
    /// A context for one unit run outside a <see cref="Runner.CheckRunner"/> (tests, single checks).
    /// Shared work lives as long as <paramref name="runLifetime"/>.
    /// </summary>
    public static CheckContext Create(CheckTarget target, TimeProvider time, TimeSpan budget, CancellationToken runLifetime = default) =>
        Create(target, time, budget, localCertificates: null, runLifetime);

    /// <summary>A context whose run can read the endpoint's certificate from <paramref name="localCertificates"/>.</summary>
    public static CheckContext Create(
        CheckTarget target,
        TimeProvider time,
        TimeSpan budget,
        ILocalCertificateSource? localCertificates,
        CancellationToken runLifetime = default) =>
        new(target, time, budget, new SharedWork(budget, time.GetTimestamp(), localCertificates, runLifetime));

    /// <summary>A context for a unit of the same run: shares this one's work.</summary>
    internal CheckContext ForUnit(TimeSpan budget) => new(Target, Time, budget, _shared);

    /// <summary>
    /// Runs <paramref name="factory"/> once per run for <paramref name="key"/> and hands every caller the
    /// same result. The work runs on the run's lifetime, not the first caller's, so one unit giving up
    /// does not cancel it for the others; each caller stops waiting at its own cancellation.
    /// </summary>
    public Task<T> GetSharedAsync<T>(string key, Func<CheckContext, CancellationToken, Task<T>> factory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var lazy = _shared.Work.GetOrAdd(
            key,
            _ => new Lazy<Task<object?>>(async () => await factory(ForSharedWork(), _shared.Lifetime).ConfigureAwait(false)));
        return Await(lazy.Value, cancellationToken);

        static async Task<T> Await(Task<object?> task, CancellationToken ct) => (T)(await task.WaitAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Disposes what shared work produced (an open connection no unit took over) once every unit of the
    /// run is done with it.
    /// </summary>
    internal async ValueTask DisposeSharedAsync()
    {
        foreach (var lazy in _shared.Work.Values)
        {
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully)
            {
                continue;
            }

            switch (lazy.Value.Result)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>Shared work may take what is left of the whole run, whichever unit asked first.</summary>
    private CheckContext ForSharedWork()
    {
        var left = _shared.RunBudget - Time.GetElapsedTime(_shared.RunStarted);
        return new(Target, Time, left > TimeSpan.Zero ? left : TimeSpan.Zero, _shared);
    }

    private sealed class SharedWork(TimeSpan runBudget, long runStarted, ILocalCertificateSource? localCertificates, CancellationToken lifetime)
    {
        public CancellationToken Lifetime { get; } = lifetime;

        public ILocalCertificateSource? LocalCertificates { get; } = localCertificates;

        public TimeSpan RunBudget { get; } = runBudget;

        public long RunStarted { get; } = runStarted;

        public ConcurrentDictionary<string, Lazy<Task<object?>>> Work { get; } = new(StringComparer.Ordinal);
    }
}
