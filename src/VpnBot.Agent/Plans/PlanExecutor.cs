using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;
using VpnBot.Agent.Localization;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Runner;

namespace VpnBot.Agent.Plans;

/// <summary>
/// Runs the plans the host asks for against this agent's own endpoint configuration, each under its deadline,
/// up to <see cref="AgentOptions.MaxConcurrentPlans"/> at once, and yields each finding as it completes.
/// </summary>
internal sealed partial class PlanExecutor(
    CheckRunner runner,
    EndpointCatalog endpoints,
    IOptions<AgentOptions> options,
    ILogger<PlanExecutor> logger) : IDisposable
{
    // A plan's own deadline covers its checks; this margin covers queueing for a slot and the last findings' trip.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentPlans);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _runs = new(StringComparer.Ordinal);

    public int Running => _runs.Count;

    public async IAsyncEnumerable<FindingMessage> RunAsync(PlanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var deadline = TimeSpan.FromMilliseconds(Math.Clamp(
            request.DeadlineMs,
            (int)VpnOptions.MinDeadline.TotalMilliseconds,
            (int)VpnOptions.MaxDeadline.TotalMilliseconds));
        var endpoint = string.IsNullOrWhiteSpace(request.Endpoint) ? null : endpoints.Find(request.Endpoint);
        if (endpoint is null || !string.Equals(endpoint.Name, request.Endpoint.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            LogUnknownEndpoint(logger, request.Endpoint ?? string.Empty);
            yield return FindingMessages.From(UnknownEndpoint(request.Endpoint ?? string.Empty));
            yield break;
        }

        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.CancelAfter(deadline + Grace);
        if (!_runs.TryAdd(request.RunId, run))
        {
            LogDuplicateRun(logger, request.RunId);
            yield break;
        }

        try
        {
            await _slots.WaitAsync(run.Token).ConfigureAwait(false);
            try
            {
                var wanted = request.Checks.Count == 0 ? null : request.Checks.ToHashSet(StringComparer.Ordinal);
                var plan = runner.Plan(endpoint.Target, wanted is null ? null : wanted.Contains);
                LogRunning(logger, request.RunId, endpoint.Name, plan.Units.Count);
                await foreach (var finding in runner.RunAsync(plan, deadline, run.Token).ConfigureAwait(false))
                {
                    yield return FindingMessages.From(finding);
                }
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            _runs.TryRemove(request.RunId, out _);
        }
    }

    /// <summary>Stops a run the host no longer waits for.</summary>
    public void Cancel(string runId)
    {
        if (_runs.TryGetValue(runId, out var run))
        {
            run.Cancel();
        }
    }

    public void Dispose() => _slots.Dispose();

    private static Finding UnknownEndpoint(string name) => new()
    {
        Check = CheckIds.AgentEndpoint,
        Subject = name,
        Status = CheckStatus.Skip,
        Summary = LocalizedText.Format(AgentText.ResourceManager, nameof(AgentText.UnknownEndpoint), name),
        Remediation = [LocalizedText.Format(AgentText.ResourceManager, nameof(AgentText.UnknownEndpointFix), name)],
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: checking {Endpoint}, {Units} checks planned")]
    private static partial void LogRunning(ILogger logger, string runId, string endpoint, int units);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host asked about endpoint '{Endpoint}', which this agent's configuration does not define")]
    private static partial void LogUnknownEndpoint(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} is already running here; the repeated request is ignored")]
    private static partial void LogDuplicateRun(ILogger logger, string runId);
}
