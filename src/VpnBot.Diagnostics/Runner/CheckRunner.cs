using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Runner;

/// <summary>
/// Executes a plan: every unit at once, each inside its own budget, all under one deadline, findings
/// streamed in the order they finish. The stream always ends by the deadline: a unit that overruns
/// becomes an error finding, whether or not it honours its cancellation token.
/// </summary>
public sealed partial class CheckRunner
{
    private readonly IReadOnlyList<ICheck> _checks;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckRunner> _logger;
    private readonly ILocalCertificateSource? _localCertificates;

    /// <param name="checks">Every check this process can run.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where crashed units are logged.</param>
    /// <param name="localCertificates">
    /// The machine's own certificate store, registered only by an agent on the VPN server (the Windows
    /// collectors); the <c>cert.*</c> checks then examine the certificate RRAS uses instead of skipping IKEv2.
    /// </param>
    public CheckRunner(IEnumerable<ICheck> checks, TimeProvider time, ILogger<CheckRunner> logger, ILocalCertificateSource? localCertificates = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
        _time = time;
        _logger = logger;
        _localCertificates = localCertificates;
    }

    /// <summary>Plans every known check for <paramref name="target"/>, optionally only those <paramref name="include"/> accepts.</summary>
    public CheckPlan Plan(CheckTarget target, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        var units = _checks
            .Where(check => include?.Invoke(check.Id) ?? true)
            .OrderBy(check => Checks.CheckIds.Order(check.Id))
            .SelectMany(check => check.Plan(target))
            .ToList();
        return new CheckPlan(target, units);
    }

    /// <summary>
    /// Runs <paramref name="plan"/> and yields each finding as its unit completes. Cancelling
    /// <paramref name="cancellationToken"/> stops the run and throws <see cref="OperationCanceledException"/>;
    /// the deadline passing is not a cancellation: it turns the units still running into findings.
    /// </summary>
    public async IAsyncEnumerable<Finding> RunAsync(CheckPlan plan, TimeSpan deadline, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(deadline, TimeSpan.Zero);

        using var deadlineCts = new CancellationTokenSource(deadline, _time);
        using var runCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadlineCts.Token);
        var root = CheckContext.Create(plan.Target, _time, deadline, _localCertificates, runCts.Token);
        var findings = Channel.CreateUnbounded<Finding>(new UnboundedChannelOptions { SingleReader = true });

        var units = plan.Units.Select(unit => RunUnitAsync(unit, root, deadline, findings.Writer, cancellationToken)).ToArray();
        _ = CompleteAsync(units, root, findings.Writer);

        await foreach (var finding in findings.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return finding;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Once every unit has reported, releases what the run's shared work holds open, then ends the stream.</summary>
    private static async Task CompleteAsync(Task[] units, CheckContext root, ChannelWriter<Finding> findings)
    {
        try
        {
            await Task.WhenAll(units).ConfigureAwait(false);
        }
        finally
        {
            try
            {
                await root.DisposeSharedAsync().ConfigureAwait(false);
            }
            finally
            {
                findings.TryComplete();
            }
        }
    }

    private async Task RunUnitAsync(CheckUnit unit, CheckContext root, TimeSpan deadline, ChannelWriter<Finding> findings, CancellationToken cancellationToken)
    {
        var budget = unit.Timeout is { } timeout && timeout < deadline ? timeout : deadline;
        var started = _time.GetTimestamp();
        using var budgetCts = new CancellationTokenSource(budget, _time);
        using var unitCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budgetCts.Token);
        var context = root.ForUnit(PlanningBudget(budget));

        Finding finding;
        try
        {
            // Task.Run shields the run from a unit that blocks before its first await; WaitAsync
            // returns at the budget even from a unit that ignores its token.
            finding = await Task.Run(() => unit.Run(context, unitCts.Token), unitCts.Token)
                .WaitAsync(budget, _time, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            finding = NoAnswer(unit, budget);
        }
#pragma warning disable CA1031 // The runner is the boundary: a bug in one check must cost one finding, not the report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnitCrashed(unit.Check, unit.Subject, ex);
            finding = Crashed(unit, ex);
        }

        findings.TryWrite(finding with { DurationMs = (long)_time.GetElapsedTime(started).TotalMilliseconds });
    }

    /// <summary>
    /// The budget a unit is told to plan for: a little less than the hard limit, so a check that
    /// uses all of it still returns its own finding (with its evidence) before the runner gives up on
    /// it. The grace absorbs scheduling delay on a busy machine: 10% of the budget, 50–500 ms.
    /// </summary>
    internal static TimeSpan PlanningBudget(TimeSpan budget)
    {
        var grace = TimeSpan.FromTicks(Math.Clamp(budget.Ticks / 10, MinGrace.Ticks, MaxGrace.Ticks));
        return budget > grace * 2 ? budget - grace : budget / 2;
    }

    private static readonly TimeSpan MinGrace = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxGrace = TimeSpan.FromMilliseconds(500);

    private static Finding NoAnswer(CheckUnit unit, TimeSpan budget) => new()
    {
        Check = unit.Check,
        Subject = unit.Subject,
        Status = CheckStatus.Error,
        Summary = LocalizedText.Format(RunnerText.ResourceManager, nameof(RunnerText.NoAnswerWithin), (long)budget.TotalMilliseconds),
        Evidence = new Dictionary<string, string> { ["timeoutMs"] = ((long)budget.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static Finding Crashed(CheckUnit unit, Exception ex) => new()
    {
        Check = unit.Check,
        Subject = unit.Subject,
        Status = CheckStatus.Error,
        Summary = LocalizedText.Format(RunnerText.ResourceManager, nameof(RunnerText.CheckCrashed)),
        Evidence = new Dictionary<string, string> { ["exception"] = ex.GetType().Name },
    };

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Check {Check} on {Subject} threw instead of returning a finding")]
    private partial void LogUnitCrashed(string check, string subject, Exception exception);
}
