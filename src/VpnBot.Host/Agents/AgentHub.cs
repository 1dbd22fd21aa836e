using Microsoft.AspNetCore.SignalR;
using VpnBot.Agents.Protocol;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Bot.Storage;

namespace VpnBot.Host.Agents;

/// <summary>
/// The hub agents keep their connection to. Only authenticated agents get here (see
/// <see cref="AgentTokenAuthentication"/>); the methods are thin and hand over to <see cref="AgentConnections"/>.
/// </summary>
internal sealed partial class AgentHub(AgentConnections connections, IAgentStore store, TimeProvider time, ILogger<AgentHub> logger) : Hub<IAgentClient>
{
    private string AgentName => Context.User?.Identity?.Name ?? throw new HubException("not an agent");

    public override Task OnConnectedAsync()
    {
        var site = Context.User?.FindFirst(AgentTokenAuthentication.SiteClaim)?.Value ?? string.Empty;
        connections.Add(Context, AgentName, site, time.GetUtcNow());
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress;
        LogConnected(logger, AgentName, address);
        return Task.CompletedTask;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        LogDisconnected(logger, AgentName, exception?.Message ?? "closed");
        await store.UpdateAgentSeenAsync(AgentName, time.GetUtcNow(), null, CancellationToken.None).ConfigureAwait(false);
    }

    [HubMethodName(AgentHubMethods.Announce)]
    public async Task Announce(AgentAnnouncement announcement)
    {
        var facts = AgentAnnouncements.ToFacts(announcement) ?? throw new HubException("the announcement is out of shape");
        connections.Announced(Context.ConnectionId, facts);
        await store.UpdateAgentSeenAsync(AgentName, time.GetUtcNow(), facts, Context.ConnectionAborted).ConfigureAwait(false);
    }

    [HubMethodName(AgentHubMethods.ReportFindings)]
    public Task ReportFindings(string runId, IAsyncEnumerable<FindingMessage> findings) =>
        connections.ReceiveAsync(Context.ConnectionId, runId, findings, Context.ConnectionAborted);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {Agent} connected from {Address}")]
    private static partial void LogConnected(ILogger logger, string agent, System.Net.IPAddress? address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {Agent} disconnected: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string agent, string reason);
}
