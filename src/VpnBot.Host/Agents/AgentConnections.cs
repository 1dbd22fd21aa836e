using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Agents;
using VpnBot.Bot.Checks;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Host.Agents;

/// <summary>
/// The agents connected to this host and the runs in flight: the bot's <see cref="IRemoteAgents"/> over SignalR.
/// A run is a plan sent to one connection and a bounded queue its findings arrive in; findings for a run are
/// accepted only from the connection it was sent to.
/// </summary>
internal sealed partial class AgentConnections(IHubContext<AgentHub, IAgentClient> hub, ILogger<AgentConnections> logger) : IRemoteAgents
{
    /// <summary>More findings than any plan has units: the rest of a run's stream is dropped.</summary>
    private const int MaxFindingsPerRun = 2000;

    private readonly ConcurrentDictionary<string, LiveAgent> _byConnection = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PendingRun> _runs = new(StringComparer.Ordinal);

    public IReadOnlyList<RemoteAgent> Connected =>
        [.. _byConnection.Values.Where(a => a.Facts is not null).Select(a => new RemoteAgent(a.Name, a.Site, a.Facts!, a.Since))];

    public void Add(HubCallerContext context, string name, string site, DateTimeOffset since)
    {
        // One live connection per agent: a second one (a restarted agent whose old connection has not timed out
        // yet, or a copied credential) replaces the first.
        foreach (var other in _byConnection.Values.Where(a => a.Name == name))
        {
            LogReplaced(logger, name);
            other.Context.Abort();
        }

        _byConnection[context.ConnectionId] = new LiveAgent(context, name, site, since);
    }

    public void Announced(string connectionId, AgentFacts facts)
    {
        if (_byConnection.TryGetValue(connectionId, out var agent))
        {
            agent.Facts = facts;
        }
    }

    public void Remove(string connectionId)
    {
        _byConnection.TryRemove(connectionId, out _);
        foreach (var (_, run) in _runs.Where(r => r.Value.ConnectionId == connectionId))
        {
            run.Findings.Writer.TryComplete(new AgentLostException("the agent's connection closed"));
        }
    }

    public void Disconnect(string name)
    {
        foreach (var agent in _byConnection.Values.Where(a => a.Name == name))
        {
            agent.Context.Abort();
        }
    }

    public async IAsyncEnumerable<Finding> RunAsync(
        RemoteAgent agent,
        string endpoint,
        IReadOnlyList<string> checks,
        TimeSpan deadline,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var live = _byConnection.Values.FirstOrDefault(a => a.Name == agent.Name)
            ?? throw new AgentLostException($"agent {agent.Name} is not connected");
        var runId = Guid.NewGuid().ToString("N");

        // Bounded: a flooding agent waits for the reader instead of filling the host's memory.
        var findings = Channel.CreateBounded<Finding>(new BoundedChannelOptions(256) { SingleReader = true, SingleWriter = true });
        _runs[runId] = new PendingRun(live.Context.ConnectionId, findings);
        try
        {
            await hub.Clients.Client(live.Context.ConnectionId)
                .RunPlan(new PlanRequest(runId, endpoint, checks, (int)deadline.TotalMilliseconds))
                .ConfigureAwait(false);
            await foreach (var finding in findings.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return finding;
            }
        }
        finally
        {
            _runs.TryRemove(runId, out _);
            if (findings.Writer.TryComplete() && cancellationToken.IsCancellationRequested)
            {
                _ = CancelQuietlyAsync(live.Context.ConnectionId, runId);
            }
        }
    }

    public async Task<RemediationResult> RemediateAsync(string agent, RemediationRequest request, CancellationToken cancellationToken)
    {
        var live = _byConnection.Values.FirstOrDefault(a => a.Name == agent)
            ?? throw new AgentLostException($"agent {agent} is not connected");
        try
        {
            // The agent allows itself a minute; a little more covers the round trip.
            var result = await hub.Clients.Client(live.Context.ConnectionId).RunRemediation(request)
                .WaitAsync(TimeSpan.FromSeconds(75), cancellationToken).ConfigureAwait(false);
            return result with { Summary = Bound(result.Summary), Output = Bound(result.Output), Reason = Bound(result.Reason) };
        }
        catch (Exception failure) when (failure is IOException or TimeoutException or HubException or InvalidOperationException)
        {
            throw new AgentLostException($"agent {agent} did not report the outcome: {failure.Message}");
        }
    }

    private static string Bound(string? text) => text is { Length: > RemediationResult.MaxSummary } ? text[..RemediationResult.MaxSummary] : text ?? string.Empty;

    public async Task ReceiveAsync(string connectionId, string runId, IAsyncEnumerable<FindingMessage> stream, CancellationToken cancellationToken)
    {
        if (!_runs.TryGetValue(runId, out var run) || run.ConnectionId != connectionId)
        {
            // A run the host stopped waiting for, or not this connection's: read nothing from it.
            LogUnexpectedRun(logger, connectionId);
            return;
        }

        var count = 0;
        var malformed = 0;
        try
        {
            await foreach (var message in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (++count > MaxFindingsPerRun)
                {
                    LogFlooded(logger, Name(connectionId), MaxFindingsPerRun);
                    break;
                }

                if (FindingMessages.ToFinding(message) is { } finding)
                {
                    await run.Findings.Writer.WriteAsync(finding, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    malformed++;
                }
            }

            run.Findings.Writer.TryComplete();
        }
        catch (ChannelClosedException)
        {
            // The host stopped waiting for this run (its deadline passed).
        }
        catch (OperationCanceledException)
        {
            run.Findings.Writer.TryComplete(new AgentLostException("the agent's connection closed"));
        }

        if (malformed > 0)
        {
            LogMalformed(logger, Name(connectionId), malformed);
        }
    }

    private async Task CancelQuietlyAsync(string connectionId, string runId)
    {
        try
        {
            await hub.Clients.Client(connectionId).CancelPlan(runId).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Telling an agent to stop is a courtesy; its own deadline stops it anyway.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private string Name(string connectionId) => _byConnection.TryGetValue(connectionId, out var agent) ? agent.Name : "-";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} connected again; its older connection is closed")]
    private static partial void LogReplaced(ILogger logger, string agent);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connection {ConnectionId} sent findings for a run that is not waiting for them")]
    private static partial void LogUnexpectedRun(ILogger logger, string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} sent more than {Max} findings for one run; the rest were dropped")]
    private static partial void LogFlooded(ILogger logger, string agent, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} sent {Count} findings out of shape; they were dropped")]
    private static partial void LogMalformed(ILogger logger, string agent, int count);

    private sealed class LiveAgent(HubCallerContext context, string name, string site, DateTimeOffset since)
    {
        public HubCallerContext Context { get; } = context;

        public string Name { get; } = name;

        public string Site { get; } = site;

        public DateTimeOffset Since { get; } = since;

        public AgentFacts? Facts { get; set; }
    }

    private sealed record PendingRun(string ConnectionId, Channel<Finding> Findings);
}
