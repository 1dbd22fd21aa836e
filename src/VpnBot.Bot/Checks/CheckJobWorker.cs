using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Checks;

/// <summary>
/// Runs queued checks (on the host and on the endpoint's agents), keeps each run's card up to date as findings arrive,
/// writes the final card and records the run for <c>/vpn status</c>. A failure of one run or of one card
/// update is logged and never stops the others.
/// </summary>
public sealed partial class CheckJobWorker(
    CheckJobs jobs,
    CheckFanOut fanOut,
    EndpointCatalog endpoints,
    IProactiveMessenger messenger,
    ICheckHistoryStore history,
    IOptions<CheckJobOptions> options,
    TimeProvider time,
    ILogger<CheckJobWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrent);
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                var run = RunAsync(job, stoppingToken);
                _inFlight.TryAdd(run, 0);
                _ = run.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the runs in flight see the same token and end within their deadline.
        }

        await Task.WhenAll(_inFlight.Keys).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(CheckJob job, CancellationToken stoppingToken)
    {
        try
        {
            var combined = await RunWithProgressAsync(job, stoppingToken).ConfigureAwait(false);
            var report = CombinedReports.Flatten(combined);
            await RecordAsync(job, report, stoppingToken).ConfigureAwait(false);

            // Released before the final card is shown, so a "run again" pressed on that card is never
            // refused as a run still in progress.
            jobs.Complete(job);
            await UpdateAsync(job, job.Result(combined), stoppingToken).ConfigureAwait(false);
            LogCompleted(logger, job.Endpoint.Name, report.Status, report.DurationMs);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogStopped(logger, job.Endpoint.Name);
        }
#pragma warning disable CA1031 // A background run must never take the worker down; the user gets the error card.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var correlationId = CorrelationId.New();
            LogRunFailed(logger, exception, job.Endpoint.Name, correlationId);
            await UpdateAsync(job, ErrorCards.Unexpected(correlationId, job.Language), stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            jobs.Complete(job);
            _slots.Release();
        }
    }

    private async Task<CombinedReport> RunWithProgressAsync(CheckJob job, CancellationToken stoppingToken)
    {
        var findings = new ConcurrentQueue<Finding>();

        // Holds at most one pending "something changed": findings that arrive while an update is on its
        // way are covered by the next one, which shows every finding so far.
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var progressDone = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var progress = job.Progress is null
            ? Task.CompletedTask
            : ReportProgressAsync(job, findings, changed.Reader, progressDone.Token);
        try
        {
            return await fanOut.RunAsync(
                job.Endpoint,
                job.Plan,
                job.Checks,
                endpoints.Deadline,
                finding =>
                {
                    findings.Enqueue(finding);
                    changed.Writer.TryWrite(true);
                },
                stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await progressDone.CancelAsync().ConfigureAwait(false);
            await progress.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // One update at a time per card, at most one per UpdateInterval, always showing every finding so far.
    private async Task ReportProgressAsync(CheckJob job, ConcurrentQueue<Finding> findings, ChannelReader<bool> changed, CancellationToken cancellationToken)
    {
        var interval = options.Value.UpdateInterval;
        await foreach (var _ in changed.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await UpdateAsync(job, job.Progress!(findings.ToArray(), job.Plan.Units.Count), cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdateAsync(CheckJob job, Cards.Model.AdaptiveCard card, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.UpdateAsync(job.Card, card, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A card that cannot be updated (message deleted, bot removed) must not end the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUpdateFailed(logger, exception, job.Endpoint.Name, job.Card.ActivityId);
        }
    }

    private async Task RecordAsync(CheckJob job, CheckReport report, CancellationToken cancellationToken)
    {
        var top = report.Diagnosis.Count > 0 ? report.Diagnosis[0] : null;
        await history.AddCheckAsync(
            new CheckRecord
            {
                Endpoint = job.Endpoint.Name,
                Fqdn = job.Endpoint.Fqdn,
                StartedAt = report.StartedAt,
                DurationMs = report.DurationMs,
                Status = report.Status,
                Counts = FindingCounts.Of(report.Findings),
                TopCauseId = top?.Id,
                TopCauseTitle = top?.Title,
                RequestedBy = job.RequestedBy,
                ReportJson = ReportJson.Serialize(report, Language.English),
            },
            cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check of {Endpoint} finished: {Status} in {DurationMs} ms")]
    private static partial void LogCompleted(ILogger logger, string endpoint, ReportStatus status, long durationMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check of {Endpoint} stopped: the host is shutting down")]
    private static partial void LogStopped(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check of {Endpoint} failed (correlation id {CorrelationId})")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string endpoint, string correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the card {ActivityId} of the check of {Endpoint}")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string endpoint, string activityId);
}
