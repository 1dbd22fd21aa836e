using System.Globalization;
using Microsoft.Data.Sqlite;

namespace VpnBot.Bot.Storage.Sqlite;

/// <summary>
/// Where the database file is and how each operation opens it. Connections are pooled by
/// Microsoft.Data.Sqlite, so one per operation costs little and no connection is shared between threads.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;

    public SqliteConnectionFactory(StorageOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(contentRoot);

        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(options.DataFolder, StorageOptions.SqliteFileName) }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        // Microsoft.Data.Sqlite retries a busy statement until the command timeout; keep both waits equal.
        builder.DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);

        _connectionString = builder.ConnectionString;
        FilePath = builder.DataSource;
        DataFolder = Path.GetDirectoryName(FilePath) ?? contentRoot;

        // busy_timeout and synchronous are per connection. NORMAL is durable against crashes of the process in
        // WAL mode and only risks the last commits on power loss, which the bot can afford for speed in bursts.
        _connectionPragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;");
    }

    /// <summary>The database file's full path.</summary>
    public string FilePath { get; }

    /// <summary>The folder holding the file (and its -wal and -shm companions).</summary>
    public string DataFolder { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = _connectionPragmas;
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the pooled connections, releasing the file (tests delete it; the host is stopping).</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
