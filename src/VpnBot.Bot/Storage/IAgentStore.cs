namespace VpnBot.Bot.Storage;

/// <summary>
/// The agents IT created: their enrolment token (as a hash: the token itself is shown once and never stored),
/// the public key each one enrolled with, revocation, and what each last announced.
/// </summary>
public interface IAgentStore
{
    /// <summary>Creates an agent awaiting enrolment; false when the name is taken.</summary>
    Task<bool> AddAgentAsync(AgentRecord agent, CancellationToken cancellationToken);

    /// <summary>The agent with this name (lower case), or null.</summary>
    Task<AgentRecord?> FindAgentAsync(string name, CancellationToken cancellationToken);

    /// <summary>Every agent, ordered by site then name.</summary>
    Task<IReadOnlyList<AgentRecord>> ListAgentsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Uses up the enrolment token with this hash, in one atomic step: only a token that was never used, has not
    /// expired at <paramref name="now"/> and belongs to an agent not revoked gets the public key. Returns the
    /// enrolled agent, or null (the token is then refused, whatever the reason, so it reveals nothing).
    /// </summary>
    Task<AgentRecord?> CompleteEnrolmentAsync(string tokenHash, string publicKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes the agent; false when there is no such agent or it was already revoked.</summary>
    Task<bool> RevokeAgentAsync(string name, string revokedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records what the agent announced and when it was last seen.</summary>
    Task UpdateAgentSeenAsync(string name, DateTimeOffset seenAt, AgentFacts? facts, CancellationToken cancellationToken);
}

/// <summary>One agent as stored.</summary>
public sealed record AgentRecord
{
    /// <summary>Lower-case name, unique (<c>tokyo-1</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Lower-case site (<c>tokyo</c>).</summary>
    public required string Site { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The chat user id of who created it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>SHA-256 of the enrolment token, hex.</summary>
    public required string TokenHash { get; init; }

    public required DateTimeOffset TokenExpiresAt { get; init; }

    public DateTimeOffset? EnrolledAt { get; init; }

    /// <summary>The agent's public key (SubjectPublicKeyInfo, base64), set at enrolment.</summary>
    public string? PublicKey { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBy { get; init; }

    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>What the agent last announced; null before its first connection.</summary>
    public AgentFacts? Facts { get; init; }

    public bool IsRevoked => RevokedAt is not null;

    public bool IsEnrolled => EnrolledAt is not null && PublicKey is not null;
}

/// <summary>What an agent says about itself when it connects.</summary>
public sealed record AgentFacts(
    string Vantage,
    string Version,
    string Platform,
    IReadOnlyList<string> Checks,
    bool WindowsCollectors,
    bool RawSockets,
    IReadOnlyList<string> Endpoints);
