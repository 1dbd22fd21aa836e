using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Configuration;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Diagnostics.Runner;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Checks;

/// <summary>
/// Runs one check from every vantage point that should see the endpoint: the host itself (the in-process agent)
/// and every connected agent of the endpoint's sites, all at once and under one deadline, and combines what they
/// saw. An agent that does not answer in time, drops its connection, or has failed repeatedly (its circuit is
/// open) becomes a finding in its column; it never holds the check up.
/// </summary>
public sealed partial class CheckFanOut(
    EndpointChecker checker,
    Diagnoser diagnoser,
    VantageDiagnoser combiner,
    IRemoteAgents agents,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<CheckFanOut> logger)
{
    /// <summary>The host's own vantage point, on the side <see cref="BotOptions.HostVantage"/> says.</summary>
    private readonly VantagePoint _host = new(VantagePoint.InProcessName, VantagePoint.InProcessName, options.Value.HostVantage);

    // One pipeline per agent, built on first use and kept: the circuit breaker's memory is per agent.
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.Ordinal);

    public async Task<CombinedReport> RunAsync(
        ConfiguredEndpoint endpoint,
        CheckPlan plan,
        IReadOnlyList<string> checks,
        TimeSpan deadline,
        Action<Finding> onFinding,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(plan);
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var remote = agents.Connected
            .Where(a => endpoint.Sites.Count == 0 || endpoint.Sites.Contains(a.Site, StringComparer.Ordinal))
            .OrderBy(a => a.Site, StringComparer.Ordinal)
            .ThenBy(a => a.Name, StringComparer.Ordinal)
            .ToList();

        var local = RunHereAsync(plan, deadline, onFinding, cancellationToken);
        var reports = await Task.WhenAll(
            [local, .. remote.Select(agent => RunThereAsync(agent, endpoint, plan.Target, checks, deadline, onFinding, cancellationToken))])
            .ConfigureAwait(false);
        return combiner.Combine(plan.Target, reports, startedAt, (long)time.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<VantageReport> RunHereAsync(CheckPlan plan, TimeSpan deadline, Action<Finding> onFinding, CancellationToken cancellationToken) =>
        new(_host, await checker.RunAsync(plan, deadline, _host.Name, onFinding, cancellationToken).ConfigureAwait(false));

    private async Task<VantageReport> RunThereAsync(
        RemoteAgent agent,
        ConfiguredEndpoint endpoint,
        CheckTarget target,
        IReadOnlyList<string> checks,
        TimeSpan deadline,
        Action<Finding> onFinding,
        CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var findings = new List<Finding>();
        void Add(Finding finding)
        {
            lock (findings)
            {
                findings.Add(finding);
            }

            onFinding(finding);
        }

        var received = 0;
        var partial = false;
        try
        {
            await Pipeline(agent.Name, deadline).ExecuteAsync(
                async token =>
                {
                    try
                    {
                        await foreach (var finding in agents.RunAsync(agent, endpoint.Name, checks, AgentDeadline(deadline), token).ConfigureAwait(false))
                        {
                            Interlocked.Increment(ref received);
                            Add(finding);
                        }
                    }
                    catch (OperationCanceledException) when (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested && Volatile.Read(ref received) > 0)
                    {
                        // A busy agent that is still sending findings is slow, not gone: the run ends with what it
                        // sent, and the circuit breaker, which is for agents that have stopped answering, counts a success.
                        partial = true;
                    }
                },
                cancellationToken).ConfigureAwait(false);
            if (partial)
            {
                LogPartial(logger, agent.Name, received, deadline.TotalSeconds);
                Add(AgentFindings.Partial(agent.Name, deadline));
            }
        }
        catch (TimeoutRejectedException)
        {
            LogNoAnswer(logger, agent.Name, deadline.TotalSeconds);
            Add(AgentFindings.NoAnswer(agent.Name, deadline));
        }
        catch (BrokenCircuitException)
        {
            Add(AgentFindings.CircuitOpen(agent.Name));
        }
        catch (AgentLostException exception)
        {
            LogLost(logger, agent.Name, exception.Message);
            Add(AgentFindings.Lost(agent.Name));
        }

        List<Finding> ordered;
        lock (findings)
        {
            ordered = [.. findings.OrderBy(f => CheckIds.Order(f.Check)).ThenBy(f => f.Check, StringComparer.Ordinal).ThenBy(f => f.Subject, StringComparer.Ordinal)];
        }

        var report = new CheckReport
        {
            Target = target.Fqdn,
            Vantage = agent.Name,
            StartedAt = startedAt,
            DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds,
            Findings = ordered,
            Diagnosis = diagnoser.Diagnose(new DiagnosisInput(target, ordered)),
        };
        return new VantageReport(agent.Point, report);
    }

    /// <summary>The agent gets a little less than the whole deadline, so its last findings arrive before the host stops waiting.</summary>
    internal static TimeSpan AgentDeadline(TimeSpan deadline) =>
        deadline - TimeSpan.FromMilliseconds(Math.Min(1000, deadline.TotalMilliseconds / 5));

    private ResiliencePipeline Pipeline(string agent, TimeSpan deadline) =>
        _pipelines.GetOrAdd($"{agent}|{deadline.Ticks}", _ => new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // Two failed runs in a row within a minute: stop asking for 30 s, and say so at once instead of
                // making every check wait out the deadline for an agent that is plainly gone.
                ShouldHandle = new PredicateBuilder().Handle<TimeoutRejectedException>().Handle<AgentLostException>(),
                FailureRatio = 1.0,
                MinimumThroughput = 2,
                SamplingDuration = TimeSpan.FromMinutes(1),
                BreakDuration = TimeSpan.FromSeconds(30),
            })
            .AddTimeout(deadline)
            .Build());

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} did not answer within {Seconds:0.#} s")]
    private static partial void LogNoAnswer(ILogger logger, string agent, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} sent {Count} findings but did not finish within {Seconds:0.#} s")]
    private static partial void LogPartial(ILogger logger, string agent, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} was lost during a check: {Reason}")]
    private static partial void LogLost(ILogger logger, string agent, string reason);
}

/// <summary>The agent's connection ended before it finished the run.</summary>
public sealed class AgentLostException(string message) : Exception(message);
