using Microsoft.Extensions.Logging;
using VpnBot.Bot.Remediation;
using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Configuration;

namespace VpnBot.Bot.Agents;

/// <summary>One agent as <c>/vpn agents</c> shows it: what is stored and, when connected, the live connection.</summary>
public sealed record AgentRow(AgentRecord Record, RemoteAgent? Live);

/// <summary>The outcome of <c>/vpn agents add</c>: the new agent and its token, or the name was taken.</summary>
public sealed record AgentAdded(AgentRecord? Agent, string? Token)
{
    public bool NameTaken => Agent is null;
}

/// <summary>Creates, revokes and lists agents; every change is logged with who made it.</summary>
public sealed partial class AgentAdministration(IAgentStore store, IRemediationStore audit, IRemoteAgents remote, TimeProvider time, ILogger<AgentAdministration> logger)
{
    /// <summary>Agents one site may have when their names are chosen automatically (<c>tokyo-1</c> … ).</summary>
    private const int MaxAutomaticPerSite = 99;

    public async Task<AgentAdded> AddAsync(string site, string? name, string createdBy, CancellationToken cancellationToken)
    {
        site = SiteNames.Normalize(site);
        var candidates = name is null
            ? Enumerable.Range(1, MaxAutomaticPerSite).Select(n => $"{site}-{n}")
            : [SiteNames.Normalize(name)];
        var now = time.GetUtcNow();
        foreach (var candidate in candidates)
        {
            var (token, hash) = EnrolmentTokens.Create();
            var agent = new AgentRecord
            {
                Name = candidate,
                Site = site,
                CreatedAt = now,
                CreatedBy = createdBy,
                TokenHash = hash,
                TokenExpiresAt = now + EnrolmentTokens.Lifetime,
            };
            if (await store.AddAgentAsync(agent, cancellationToken).ConfigureAwait(false))
            {
                LogAdded(logger, candidate, site, createdBy);
                await audit.AddAuditAsync(new AuditEntry(now, createdBy, "agent.added", candidate, site, AuditNotes.AwaitingEnrolment), cancellationToken).ConfigureAwait(false);
                return new AgentAdded(agent, token);
            }
        }

        return new AgentAdded(null, null);
    }

    /// <summary>Revokes the agent and closes its connection now; false when there is no such agent or it was revoked before.</summary>
    public async Task<bool> RevokeAsync(string name, string revokedBy, CancellationToken cancellationToken)
    {
        name = SiteNames.Normalize(name);
        var revoked = await store.RevokeAgentAsync(name, revokedBy, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (revoked)
        {
            remote.Disconnect(name);
            LogRevoked(logger, name, revokedBy);
            await audit.AddAuditAsync(new AuditEntry(time.GetUtcNow(), revokedBy, "agent.revoked", name, string.Empty, AuditNotes.ConnectionClosed), cancellationToken).ConfigureAwait(false);
        }

        return revoked;
    }

    public async Task<IReadOnlyList<AgentRow>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await store.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        var live = remote.Connected.ToDictionary(a => a.Name, StringComparer.Ordinal);
        return [.. records.Select(r => new AgentRow(r, r.IsRevoked ? null : live.GetValueOrDefault(r.Name)))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {Agent} of site {Site} created by {User}; waiting for enrolment")]
    private static partial void LogAdded(ILogger logger, string agent, string site, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} revoked by {User}")]
    private static partial void LogRevoked(ILogger logger, string agent, string user);
}
