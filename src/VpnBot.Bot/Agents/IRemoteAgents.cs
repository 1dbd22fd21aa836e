using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Bot.Agents;

/// <summary>
/// The agents connected to this host and the way to reach them. The host's agent hub implements it; the bot
/// knows nothing of the transport.
/// </summary>
public interface IRemoteAgents
{
    /// <summary>The agents connected now, that have announced themselves.</summary>
    IReadOnlyList<RemoteAgent> Connected { get; }

    /// <summary>
    /// Asks the agent to check the endpoint (by its configured name) and yields its findings as they arrive. Ends
    /// when the agent says it is done; throws when the agent disconnects first. Cancelling stops waiting and
    /// tells the agent to stop.
    /// </summary>
    IAsyncEnumerable<Finding> RunAsync(RemoteAgent agent, string endpoint, IReadOnlyList<string> checks, TimeSpan deadline, CancellationToken cancellationToken);

    /// <summary>
    /// Asks the agent to carry out an approved remediation and waits for its outcome; throws
    /// <see cref="Checks.AgentLostException"/> when the agent is not connected or its connection ends first.
    /// </summary>
    Task<RemediationResult> RemediateAsync(string agent, RemediationRequest request, CancellationToken cancellationToken);

    /// <summary>Closes the agent's connection at once (after a revocation).</summary>
    void Disconnect(string name);
}
