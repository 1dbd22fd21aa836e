using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace VpnBot.Bot.Storage.Sqlite;

internal sealed partial class SqliteBotStore
{
    /// <summary>
    /// Creates the data folder and the file, switches to WAL and applies pending migrations in one immediate
    /// transaction, which also proves the file is writable. Several processes may start at once: the
    /// transaction serializes them and each re-reads the version inside it.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            Directory.CreateDirectory(_connections.DataFolder);
            await WriteAsync(
                async (connection, token) =>
                {
                    // SQLite quietly opens a file it may not write read-only; the first write would then fail mid-turn.
                    if (raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                    {
                        throw new IOException("the file is read-only for this process");
                    }

                    await EnableWriteAheadLogAsync(connection, token).ConfigureAwait(false);
                    await MigrateAsync(connection, token).ConfigureAwait(false);
                    return 0;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new InvalidOperationException(
                $"The bot cannot use its database {_connections.FilePath} in the data folder {_connections.DataFolder} "
                + $"(set by {StorageOptions.SectionName}:DataFolder or :ConnectionString): {failure.Message}",
                failure);
        }
    }

    private async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers go on while one writer commits; the mode is stored in the file and persists.
        using var command = Command(connection, "PRAGMA journal_mode = WAL;");
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            // Some network file systems cannot share the WAL index; the file still works, with less concurrency.
            LogNoWriteAheadLog(_connections.FilePath, mode ?? "none");
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using (var create = Command(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER NOT NULL PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // BEGIN IMMEDIATE: take the write lock before reading the version, so two starting hosts cannot both apply a step.
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            var current = await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > SqliteMigrations.Latest)
            {
                throw new InvalidOperationException(
                    $"The database {_connections.FilePath} has schema version {current}, newer than this VpnBot knows "
                    + $"({SqliteMigrations.Latest}): it was written by a newer release. Run that release, or restore a backup.");
            }

            foreach (var migration in SqliteMigrations.All.Where(m => m.Version > current))
            {
                using (var apply = Command(connection, migration.Sql, transaction))
                {
                    await apply.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                using var record = Command(
                    connection,
                    "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));",
                    transaction);
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$description", migration.Description);
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                LogMigrated(_connections.FilePath, migration.Version, migration.Description);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<long> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        using var command = Command(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version;", transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Database {File} migrated to schema version {Version}: {Description}")]
    private partial void LogMigrated(string file, int version, string description);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Database {File} could not switch to write-ahead logging (journal mode {Mode}); concurrent reads will wait for writes")]
    private partial void LogNoWriteAheadLog(string file, string mode);
}
