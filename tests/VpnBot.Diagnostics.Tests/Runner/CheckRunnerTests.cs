using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Diagnostics.Tests.Runner;

public sealed class CheckRunnerTests
{
    private static readonly CheckTarget Target = new() { Name = "t", Fqdn = "vpn.example.local" };

    [Fact]
    public async Task RunAsync_UnitIgnoringCancellation_BecomesErrorFindingAtItsBudget()
    {
        var hang = new TaskCompletionSource<Finding>();
        var runner = Runner(new StubCheck("x.hang", (_, _) => hang.Task) { Timeout = TimeSpan.FromMilliseconds(100) });

        var findings = await Collect(runner, TimeSpan.FromSeconds(5));

        var finding = Assert.Single(findings);
        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Contains("100 ms", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("100", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("100", finding.Evidence["timeoutMs"]);
    }

    [Fact]
    public async Task RunAsync_UnitLongerThanDeadline_IsCutAtTheDeadline()
    {
        var runner = Runner(new StubCheck("x.slow", async (ctx, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ctx.Time, ct);
            return Pass("x.slow");
        }));

        var findings = await Collect(runner, TimeSpan.FromMilliseconds(150));

        Assert.Equal(CheckStatus.Error, Assert.Single(findings).Status);
    }

    [Fact]
    public async Task RunAsync_ThrowingUnit_BecomesErrorFindingWithoutTheMessage()
    {
        var runner = Runner(new StubCheck("x.bug", (_, _) => throw new InvalidOperationException("secret=hunter2")));

        var finding = Assert.Single(await Collect(runner, TimeSpan.FromSeconds(1)));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal(nameof(InvalidOperationException), finding.Evidence["exception"]);
        Assert.DoesNotContain("hunter2", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_FindingsStreamInCompletionOrder()
    {
        var release = new TaskCompletionSource();
        var runner = Runner(
            new StubCheck("x.late", async (_, ct) =>
            {
                await release.Task.WaitAsync(ct);
                return Pass("x.late");
            }),
            new StubCheck("x.early", (_, _) => Task.FromResult(Pass("x.early"))));

        var seen = new List<string>();
        await foreach (var finding in runner.RunAsync(runner.Plan(Target), TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            seen.Add(finding.Check);
            release.TrySetResult();
        }

        Assert.Equal(["x.early", "x.late"], seen);
    }

    [Fact]
    public async Task RunAsync_CallerCancels_ThrowsOperationCanceled()
    {
        var runner = Runner(new StubCheck("x.wait", async (ctx, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ctx.Time, ct);
            return Pass("x.wait");
        }));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in runner.RunAsync(runner.Plan(Target), TimeSpan.FromSeconds(30), cts.Token))
            {
            }
        });
    }

    [Fact]
    public async Task RunAsync_SharedWork_RunsOncePerRun()
    {
        var calls = 0;
        Task<int> Factory(CheckContext _, CancellationToken __) => Task.FromResult(Interlocked.Increment(ref calls));
        CheckUnitRun run = async (ctx, ct) =>
        {
            var value = await ctx.GetSharedAsync("k", Factory, ct);
            return Pass("x.shared") with { Subject = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        };
        var runner = Runner(new StubCheck("x.shared", run, units: 5));

        var findings = await Collect(runner, TimeSpan.FromSeconds(1));

        Assert.Equal(5, findings.Count);
        Assert.Equal(1, calls);
        Assert.All(findings, f => Assert.Equal("1", f.Subject));
    }

    [Fact]
    public async Task RunAsync_SharedWorkHoldingAResource_IsDisposedWhenTheRunEnds()
    {
        var resource = new Resource();
        CheckUnitRun run = async (ctx, ct) =>
        {
            var held = await ctx.GetSharedAsync("resource", (_, _) => Task.FromResult(resource), ct);
            Assert.False(held.Disposed);
            return Pass("x.resource");
        };
        var runner = Runner(new StubCheck("x.resource", run, units: 3));

        var findings = await Collect(runner, TimeSpan.FromSeconds(1));

        Assert.Equal(3, findings.Count);
        Assert.True(resource.Disposed);
    }

    [Theory]
    [InlineData(5000, 4500)]
    [InlineData(1500, 1350)]
    [InlineData(300, 250)]
    [InlineData(60, 30)]
    public void PlanningBudget_LeavesGraceBeforeTheHardLimit(int hardMs, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), CheckRunner.PlanningBudget(TimeSpan.FromMilliseconds(hardMs)));
    }

    [Fact]
    public async Task RunAsync_UnitUsingItsWholeBudget_ReportsItsOwnFinding()
    {
        var runner = Runner(new StubCheck("x.patient", async (ctx, ct) =>
        {
            await Task.Delay(ctx.Remaining, ctx.Time, ct);
            return Pass("x.patient");
        }));

        var finding = Assert.Single(await Collect(runner, TimeSpan.FromMilliseconds(500)));

        Assert.Equal(CheckStatus.Pass, finding.Status);
    }

    private static CheckRunner Runner(params ICheck[] checks) => new(checks, TimeProvider.System, NullLogger<CheckRunner>.Instance);

    private static async Task<List<Finding>> Collect(CheckRunner runner, TimeSpan deadline)
    {
        var findings = new List<Finding>();
        await foreach (var finding in runner.RunAsync(runner.Plan(Target), deadline, TestContext.Current.CancellationToken))
        {
            findings.Add(finding);
        }

        return findings;
    }

    private static Finding Pass(string check) => new()
    {
        Check = check,
        Subject = "s",
        Status = CheckStatus.Pass,
        Summary = LocalizedText.Invariant("ok"),
    };

    private sealed class Resource : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class StubCheck(string id, CheckUnitRun run, int units = 1) : ICheck
    {
        public string Id => id;

        public TimeSpan? Timeout { get; init; }

        public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
            Enumerable.Range(0, units).Select(i => new CheckUnit(id, $"s{i}", run) { Timeout = Timeout });
    }
}
