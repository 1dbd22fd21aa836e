using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Cards.Views;
using VpnBot.Bot.Checks;
using VpnBot.Bot.Conversations;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Reporting;

namespace VpnBot.Bot.Remediation;

/// <summary>
/// Carries out approved remediations one after another: asks the agent, records and audits the outcome, shows it
/// on the card, then checks again what the action was meant to fix and adds that to the same card.
/// </summary>
public sealed partial class RemediationWorker(
    RemediationDesk desk,
    IRemediationStore store,
    IRemoteAgents agents,
    IProactiveMessenger messenger,
    EndpointCatalog endpoints,
    EndpointChecker checker,
    CheckJobs checks,
    TimeProvider time,
    ILogger<RemediationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in desk.Jobs.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; a request in flight keeps its "approved" state in the store and the audit log.
        }
    }

    private async Task RunAsync(RemediationJob job, CancellationToken stoppingToken)
    {
        var request = job.Request;
        RemediationResult result;
        try
        {
            result = await agents.RemediateAsync(request.Agent, new RemediationRequest(request.Id, request.Action), stoppingToken).ConfigureAwait(false);
        }
        catch (AgentLostException lost)
        {
            result = new RemediationResult(false, $"Agent {request.Agent} did not carry it out: {lost.Message}.", null) { Reason = RemediationReasons.AgentLost };
        }

        var state = result.Succeeded ? RemediationState.Succeeded : RemediationState.Failed;
        await store.MoveRemediationAsync(request.Id, RemediationState.Approved, state, request.Agent, time.GetUtcNow(), result.Summary, stoppingToken).ConfigureAwait(false);
        await desk.AuditAsync(request.Agent, result.Succeeded ? "remediation.succeeded" : "remediation.failed", request.Agent, $"{request.Action} ({request.Id})", result.Reason, stoppingToken).ConfigureAwait(false);
        LogOutcome(logger, request.Id, request.Action, request.Agent, result.Succeeded);
        await UpdateAsync(job.Card, RemediationCards.Result(request, result, null, job.Language), stoppingToken).ConfigureAwait(false);
        Recheck(job, result);
    }

    private void Recheck(RemediationJob job, RemediationResult result)
    {
        var site = agents.Connected.FirstOrDefault(a => a.Name == job.Request.Agent)?.Site;
        var endpoint = endpoints.All.FirstOrDefault(e => site is not null && e.Sites.Contains(site, StringComparer.Ordinal))
            ?? (endpoints.All.Count > 0 ? endpoints.All[0] : null);
        var related = RemediationPlans.RelatedChecks(job.Action);
        var key = $"remediation|{job.Request.Id}";
        if (endpoint is null || related.Count == 0 || !checks.TryBegin(key))
        {
            return;
        }

        checks.Enqueue(new CheckJob(
            key,
            endpoint,
            checker.Plan(endpoint.Target, related.Contains),
            job.Card,
            Progress: null,
            report => RemediationCards.Result(job.Request, result, CombinedReports.Flatten(report), job.Language),
            job.Approver,
            job.Language)
        {
            Checks = related,
        });
    }

    private async Task UpdateAsync(CardMessage card, Cards.Model.AdaptiveCard content, CancellationToken cancellationToken)
    {
        try
        {
            await messenger.UpdateAsync(card, content, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A card that cannot be updated must not lose the outcome: it is in the store and the audit log.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogUpdateFailed(logger, exception, card.ActivityId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Remediation {Id}: {Action} on agent {Agent} finished, succeeded: {Succeeded}")]
    private static partial void LogOutcome(ILogger logger, string id, string action, string agent, bool succeeded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the remediation card {ActivityId}")]
    private static partial void LogUpdateFailed(ILogger logger, Exception exception, string activityId);
}
