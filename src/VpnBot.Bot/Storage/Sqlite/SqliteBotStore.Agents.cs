using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    private const string AgentColumns = """
        name, site, created_at_ms, created_by, token_hash, token_expires_at_ms, enrolled_at_ms, public_key,
        revoked_at_ms, revoked_by, last_seen_at_ms, facts_json
        """;

    public Task<bool> AddAgentAsync(AgentRecord agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentException.ThrowIfNullOrEmpty(agent.Name);
        ArgumentException.ThrowIfNullOrEmpty(agent.TokenHash);
        return WriteAsync(
            async (connection, token) =>
            {
                using var insert = Command(connection, """
                    INSERT INTO agents (name, site, created_at_ms, created_by, token_hash, token_expires_at_ms)
                    VALUES ($name, $site, $created, $by, $hash, $expires)
                    ON CONFLICT (name) DO NOTHING;
                    """);
                var p = insert.Parameters;
                p.AddWithValue("$name", agent.Name);
                p.AddWithValue("$site", agent.Site);
                p.AddWithValue("$created", StoredValues.ToUnixMs(agent.CreatedAt));
                p.AddWithValue("$by", agent.CreatedBy);
                p.AddWithValue("$hash", agent.TokenHash);
                p.AddWithValue("$expires", StoredValues.ToUnixMs(agent.TokenExpiresAt));
                return await insert.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1;
            },
            cancellationToken);
    }

    public Task<AgentRecord?> FindAgentAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, $"SELECT {AgentColumns} FROM agents WHERE name = $name;");
                command.Parameters.AddWithValue("$name", name);
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                return await reader.ReadAsync(token).ConfigureAwait(false) ? ReadAgent(reader) : null;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<AgentRecord>> ListAgentsAsync(CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<AgentRecord>>(
            async (connection, token) =>
            {
                using var command = Command(connection, $"SELECT {AgentColumns} FROM agents ORDER BY site, name;");
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                var agents = new List<AgentRecord>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    agents.Add(ReadAgent(reader));
                }

                return agents;
            },
            cancellationToken);

    public Task<AgentRecord?> CompleteEnrolmentAsync(string tokenHash, string publicKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tokenHash);
        ArgumentException.ThrowIfNullOrEmpty(publicKey);
        return WriteAsync(
            async (connection, token) =>
            {
                // One statement: of two agents presenting the same token at once, exactly one wins.
                using var command = Command(connection, $"""
                    UPDATE agents SET enrolled_at_ms = $now, public_key = $key
                    WHERE token_hash = $hash AND enrolled_at_ms IS NULL AND revoked_at_ms IS NULL AND token_expires_at_ms > $now
                    RETURNING {AgentColumns};
                    """);
                command.Parameters.AddWithValue("$now", StoredValues.ToUnixMs(now));
                command.Parameters.AddWithValue("$key", publicKey);
                command.Parameters.AddWithValue("$hash", tokenHash);
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                return await reader.ReadAsync(token).ConfigureAwait(false) ? ReadAgent(reader) : null;
            },
            cancellationToken);
    }

    public Task<bool> RevokeAgentAsync(string name, string revokedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(revokedBy);
        return WriteAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, "UPDATE agents SET revoked_at_ms = $at, revoked_by = $by WHERE name = $name AND revoked_at_ms IS NULL;");
                command.Parameters.AddWithValue("$at", StoredValues.ToUnixMs(at));
                command.Parameters.AddWithValue("$by", revokedBy);
                command.Parameters.AddWithValue("$name", name);
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1;
            },
            cancellationToken);
    }

    public Task UpdateAgentSeenAsync(string name, DateTimeOffset seenAt, AgentFacts? facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var json = facts is null ? null : JsonSerializer.Serialize(facts, StoreJson.Default.AgentFacts);
        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, "UPDATE agents SET last_seen_at_ms = $seen, facts_json = COALESCE($facts, facts_json) WHERE name = $name;");
                command.Parameters.AddWithValue("$seen", StoredValues.ToUnixMs(seenAt));
                command.Parameters.AddWithValue("$facts", (object?)json ?? DBNull.Value);
                command.Parameters.AddWithValue("$name", name);
                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    private static AgentRecord ReadAgent(SqliteDataReader reader) => new()
    {
        Name = reader.GetString(0),
        Site = reader.GetString(1),
        CreatedAt = StoredValues.FromUnixMs(reader.GetInt64(2)),
        CreatedBy = reader.GetString(3),
        TokenHash = reader.GetString(4),
        TokenExpiresAt = StoredValues.FromUnixMs(reader.GetInt64(5)),
        EnrolledAt = reader.IsDBNull(6) ? null : StoredValues.FromUnixMs(reader.GetInt64(6)),
        PublicKey = reader.IsDBNull(7) ? null : reader.GetString(7),
        RevokedAt = reader.IsDBNull(8) ? null : StoredValues.FromUnixMs(reader.GetInt64(8)),
        RevokedBy = reader.IsDBNull(9) ? null : reader.GetString(9),
        LastSeenAt = reader.IsDBNull(10) ? null : StoredValues.FromUnixMs(reader.GetInt64(10)),
        Facts = reader.IsDBNull(11) ? null : ReadFacts(reader.GetString(11)),
    };

    // A damaged facts column costs the agent's description, never the agent.
    private static AgentFacts? ReadFacts(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StoreJson.Default.AgentFacts);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(AgentFacts))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoreJson : System.Text.Json.Serialization.JsonSerializerContext;
