using Microsoft.Extensions.Time.Testing;
using VpnBot.Windows.Agent;

namespace VpnBot.Windows.Tests.Agent;

public sealed class CachedReadTests
{
    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneRead()
    {
        var gate = new TaskCompletionSource();
        var reads = 0;
        var cached = new CachedRead<string>(
            async ct => { Interlocked.Increment(ref reads); await gate.Task.WaitAsync(ct); return "value"; },
            TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), _ => true, new FakeTimeProvider());

        var callers = Enumerable.Range(0, 100).Select(_ => cached.GetAsync(TestContext.Current.CancellationToken)).ToList();
        gate.SetResult();
        var values = await Task.WhenAll(callers);

        Assert.Equal(1, reads);
        Assert.All(values, v => Assert.Equal("value", v.Value));
    }

    [Fact]
    public async Task GetAsync_StaleResult_IsReadAgain()
    {
        var time = new FakeTimeProvider();
        var reads = 0;
        var cached = new CachedRead<string>(_ => Task.FromResult("read " + Interlocked.Increment(ref reads)), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), _ => true, time);

        var first = await cached.GetAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(29));
        var fresh = await cached.GetAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));
        var stale = await cached.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal("read 1", first.Value);
        Assert.Equal("read 1", fresh.Value);
        Assert.Equal("read 2", stale.Value);
        Assert.Equal(time.GetUtcNow(), stale.ReadAt);
    }

    [Fact]
    public async Task GetAsync_ResultNotToKeep_IsReadAgainNextTime()
    {
        var reads = 0;
        var cached = new CachedRead<string>(_ => Task.FromResult("failed " + Interlocked.Increment(ref reads)), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), v => !v.StartsWith("failed", StringComparison.Ordinal), new FakeTimeProvider());

        await cached.GetAsync(TestContext.Current.CancellationToken);
        var second = await cached.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal("failed 2", second.Value);
    }

    [Fact]
    public async Task GetAsync_CallerGivesUp_TheReadGoesOnForTheNext()
    {
        var gate = new TaskCompletionSource();
        var reads = 0;
        var cached = new CachedRead<string>(
            async ct => { Interlocked.Increment(ref reads); await gate.Task.WaitAsync(ct); return "late"; },
            TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), _ => true, new FakeTimeProvider());
        using var impatient = new CancellationTokenSource();

        var first = cached.GetAsync(impatient.Token);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        gate.SetResult();
        var second = await cached.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal("late", second.Value);
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task GetAsync_ReadOverItsLimit_IsCancelledByTheLimit()
    {
        var time = new FakeTimeProvider();
        var cached = new CachedRead<string>(
            async ct => { try { await Task.Delay(Timeout.Infinite, ct); return "never"; } catch (OperationCanceledException) { return "limit"; } },
            TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), _ => true, time);

        var pending = cached.GetAsync(TestContext.Current.CancellationToken);
        await Task.Yield();
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(11));
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        Assert.Equal("limit", (await pending).Value);
    }
}
