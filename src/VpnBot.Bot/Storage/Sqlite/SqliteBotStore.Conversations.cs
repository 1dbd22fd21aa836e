using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using VpnBot.Bot.Conversations;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    private const string ConversationColumns = "key, kind, tenant_id, user_aad_object_id, reference, updated_at_ms";

    public Task SaveConversationAsync(ConversationRecord conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(conversation.Key);
        ArgumentNullException.ThrowIfNull(conversation.Reference);
        var kind = StoredValues.ToText(conversation.Kind);

        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, $"""
                    INSERT INTO conversations ({ConversationColumns})
                    VALUES ($key, $kind, $tenant, $user, $reference, $updated)
                    ON CONFLICT (key) DO UPDATE SET
                        kind = excluded.kind,
                        tenant_id = excluded.tenant_id,
                        user_aad_object_id = excluded.user_aad_object_id,
                        reference = excluded.reference,
                        updated_at_ms = excluded.updated_at_ms;
                    """);
                command.Parameters.AddWithValue("$key", conversation.Key);
                command.Parameters.AddWithValue("$kind", kind);
                command.Parameters.AddWithValue("$tenant", (object?)conversation.TenantId ?? DBNull.Value);
                command.Parameters.AddWithValue("$user", (object?)conversation.UserAadObjectId ?? DBNull.Value);
                command.Parameters.AddWithValue("$reference", conversation.Reference);
                command.Parameters.AddWithValue("$updated", StoredValues.ToUnixMs(conversation.UpdatedAt));
                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    public Task<ConversationRecord?> FindConversationAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, $"SELECT {ConversationColumns} FROM conversations WHERE key = $key;");
                command.Parameters.AddWithValue("$key", key);
                using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                return await reader.ReadAsync(token).ConfigureAwait(false) ? ReadConversation(reader) : null;
            },
            cancellationToken);
    }

    public Task DeleteConversationAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WriteAsync(
            (connection, token) =>
            {
                var command = Command(connection, "DELETE FROM conversations WHERE key = $key;");
                command.Parameters.AddWithValue("$key", key);
                return ExecuteAndDisposeAsync(command, token);
            },
            cancellationToken);
    }

    public Task<int> CountConversationsAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            async (connection, token) =>
            {
                using var command = Command(connection, "SELECT COUNT(*) FROM conversations;");
                var count = await command.ExecuteScalarAsync(token).ConfigureAwait(false);
                return Convert.ToInt32(count, CultureInfo.InvariantCulture);
            },
            cancellationToken);

    private ConversationRecord? ReadConversation(SqliteDataReader reader)
    {
        var key = reader.GetString(0);
        var kindText = reader.GetString(1);
        if (StoredValues.ToConversationKind(kindText) is not { } kind)
        {
            LogUnreadableConversation(key, kindText);
            return null;
        }

        return new ConversationRecord(
            key,
            kind,
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetString(4),
            StoredValues.FromUnixMs(reader.GetInt64(5)));
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Conversation {Key} has an unknown kind '{Kind}' in the database; treated as not stored")]
    private partial void LogUnreadableConversation(string key, string kind);
}
