using VpnBot.Agents.Protocol.Remediation;
using VpnBot.Bot.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Bot.Agents;

/// <summary>The bot without an agent hub (a test, or a host that does not map one): only the in-process agent checks.</summary>
internal sealed class NoRemoteAgents : IRemoteAgents
{
    public IReadOnlyList<RemoteAgent> Connected => [];

    public IAsyncEnumerable<Finding> RunAsync(RemoteAgent agent, string endpoint, IReadOnlyList<string> checks, TimeSpan deadline, CancellationToken cancellationToken) =>
        throw new AgentLostException($"Agent {agent?.Name} is not connected to this host.");

    public Task<RemediationResult> RemediateAsync(string agent, RemediationRequest request, CancellationToken cancellationToken) =>
        throw new AgentLostException($"Agent {agent} is not connected to this host.");

    public void Disconnect(string name)
    {
    }
}
