namespace VpnBot.Bot.Storage;

/// <summary>
/// The <c>Vpn:Bot:Storage</c> configuration section: where the bot keeps conversation references, user
/// preferences and check history. Keys may be added, never renamed.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Vpn:Bot:Storage";

    /// <summary>The one provider of this release: a SQLite file in <see cref="DataFolder"/>.</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>Name of the SQLite file inside <see cref="DataFolder"/>.</summary>
    public const string SqliteFileName = "vpnbot.db";

    /// <summary>Default wait for another writer (another host process on the same file) before a write fails.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Longest busy timeout accepted: a chat turn must not hang on a locked database for minutes.</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Which database holds the bot's state. Default <c>Sqlite</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// Folder of the SQLite file, absolute or relative to the host's content root. Created when missing.
    /// Default <c>data</c>.
    /// </summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// A full connection string, when the file's location or settings must be given exactly; it replaces
    /// <see cref="DataFolder"/>. A relative <c>Data Source</c> is taken from the content root.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a write waits for another process holding the database's write lock. Default 10 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;

    /// <summary>
    /// Check runs kept per endpoint; older ones are removed as new ones are added, so the history cannot
    /// grow without bound. Default 1,000.
    /// </summary>
    public int ChecksKeptPerEndpoint { get; set; } = 1000;
}
