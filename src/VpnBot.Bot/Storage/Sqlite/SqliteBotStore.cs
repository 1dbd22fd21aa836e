using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace VpnBot.Bot.Storage.Sqlite;

/// <summary>
/// The bot's state in one SQLite file (WAL mode). Every operation opens a pooled connection of its own and
/// uses parameters only. Writes are upserts in single statements or short immediate transactions, queued
/// through one in-process gate: SQLite admits one writer at a time, and waiting on an async gate is cheaper
/// than the busy handler's sleeps on pool threads when hundreds of turns write at once. The busy timeout
/// still covers other processes using the same file.
/// </summary>
internal sealed partial class SqliteBotStore : IBotStore, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly int _checksKeptPerEndpoint;
    private readonly ILogger<SqliteBotStore> _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    public SqliteBotStore(StorageOptions options, string contentRoot, ILogger<SqliteBotStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _connections = new SqliteConnectionFactory(options, contentRoot);
        _checksKeptPerEndpoint = options.ChecksKeptPerEndpoint;
        _logger = logger;
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath => _connections.FilePath;

    public void Dispose()
    {
        _connections.ClearPool();
        _writeGate.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await read(connection, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await write(connection, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<int> ExecuteAndDisposeAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
