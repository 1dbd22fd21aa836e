using Microsoft.Data.Sqlite;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    private const string RemediationColumns = "id, action, agent, requested_by, requested_at_ms, state, conversation_key, decided_by, decided_at_ms, outcome";

    public Task AddRemediationAsync(RemediationRecord remediation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remediation);
        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, """
                    INSERT INTO remediations (id, action, agent, requested_by, requested_at_ms, state, conversation_key)
                    VALUES ($id, $action, $agent, $by, $at, $state, $conversation);
                    """);
                var p = command.Parameters;
                p.AddWithValue("$id", remediation.Id);
                p.AddWithValue("$action", remediation.Action);
                p.AddWithValue("$agent", remediation.Agent);
                p.AddWithValue("$by", remediation.RequestedBy);
                p.AddWithValue("$at", StoredValues.ToUnixMs(remediation.RequestedAt));
                p.AddWithValue("$state", State(remediation.State));
                p.AddWithValue("$conversation", remediation.ConversationKey);
                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    public Task<RemediationRecord?> FindRemediationAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, $"SELECT {RemediationColumns} FROM remediations WHERE id = $id;");
                command.Parameters.AddWithValue("$id", id);
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                return await reader.ReadAsync(token).ConfigureAwait(false) ? ReadRemediation(reader) : null;
            },
            cancellationToken);
    }

    public Task<bool> MoveRemediationAsync(string id, RemediationState current, RemediationState target, string by, DateTimeOffset at, string? outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(by);
        return WriteAsync(
            async (connection, token) =>
            {
                // A decision records who decided; the result of running it keeps that and adds the outcome.
                using var command = Command(connection, """
                    UPDATE remediations
                    SET state = $to,
                        decided_by = CASE WHEN $from = 'pending' THEN $by ELSE decided_by END,
                        decided_at_ms = CASE WHEN $from = 'pending' THEN $at ELSE decided_at_ms END,
                        outcome = COALESCE($outcome, outcome)
                    WHERE id = $id AND state = $from;
                    """);
                var p = command.Parameters;
                p.AddWithValue("$to", State(target));
                p.AddWithValue("$from", State(current));
                p.AddWithValue("$by", by);
                p.AddWithValue("$at", StoredValues.ToUnixMs(at));
                p.AddWithValue("$outcome", (object?)outcome ?? DBNull.Value);
                p.AddWithValue("$id", id);
                return await command.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1;
            },
            cancellationToken);
    }

    public Task AddAuditAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, "INSERT INTO audit_log (at_ms, actor, event, target, detail, outcome) VALUES ($at, $actor, $event, $target, $detail, $outcome);");
                var p = command.Parameters;
                p.AddWithValue("$at", StoredValues.ToUnixMs(entry.At));
                p.AddWithValue("$actor", entry.Actor);
                p.AddWithValue("$event", entry.Event);
                p.AddWithValue("$target", entry.Target);
                p.AddWithValue("$detail", entry.Detail);
                p.AddWithValue("$outcome", (object?)entry.Outcome ?? DBNull.Value);
                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAuditAsync(int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<AuditEntry>>(
            async (connection, token) =>
            {
                using var command = Command(connection, "SELECT at_ms, actor, event, target, detail, outcome FROM audit_log ORDER BY at_ms DESC, id DESC LIMIT $limit;");
                command.Parameters.AddWithValue("$limit", Math.Max(0, limit));
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                var entries = new List<AuditEntry>();
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    entries.Add(new AuditEntry(
                        StoredValues.FromUnixMs(reader.GetInt64(0)),
                        reader.GetString(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5)));
                }

                return entries;
            },
            cancellationToken);

    private static RemediationRecord ReadRemediation(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            StoredValues.FromUnixMs(reader.GetInt64(4)),
            ToState(reader.GetString(5)),
            reader.GetString(6))
        {
            DecidedBy = reader.IsDBNull(7) ? null : reader.GetString(7),
            DecidedAt = reader.IsDBNull(8) ? null : StoredValues.FromUnixMs(reader.GetInt64(8)),
            Outcome = reader.IsDBNull(9) ? null : reader.GetString(9),
        };

    private static string State(RemediationState state) => state switch
    {
        RemediationState.Pending => "pending",
        RemediationState.Approved => "approved",
        RemediationState.Refused => "refused",
        RemediationState.Succeeded => "succeeded",
        RemediationState.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown remediation state."),
    };

    // An unknown word (a newer release's state) reads as failed: never as something still to be run.
    private static RemediationState ToState(string text) => text switch
    {
        "pending" => RemediationState.Pending,
        "approved" => RemediationState.Approved,
        "refused" => RemediationState.Refused,
        "succeeded" => RemediationState.Succeeded,
        _ => RemediationState.Failed,
    };
}
