using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using VpnBot.Bot.Storage;
using VpnBot.Bot.Storage.Sqlite;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Bot.Tests.Storage.StoreSamples;

namespace VpnBot.Bot.Tests.Storage;

/// <summary>The store contract on a SQLite file in a temporary folder, and what only a file-based store has.</summary>
public sealed class SqliteBotStoreTests : BotStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteBotStore> _stores = [];
    private readonly ListLogger<SqliteBotStore> _log = new();

    protected override async Task<IBotStore> CreateStoreAsync(StorageOptions options)
    {
        options.DataFolder = "data";
        var store = Open(options);
        await store.InitializeAsync(Ct);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task Initialize_MissingFolder_CreatesItWithTheFileInWalMode()
    {
        var store = Open(new StorageOptions { DataFolder = "nested/data" });

        await store.InitializeAsync(Ct);

        Assert.Equal(_folder.Combine("nested", "data", "vpnbot.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
        Assert.Equal("wal", await ScalarAsync(store.FilePath, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Initialize_FreshFile_RecordsEveryMigration()
    {
        var store = Open(new StorageOptions());

        await store.InitializeAsync(Ct);

        Assert.Equal((long)SqliteMigrations.Latest, await ScalarAsync(store.FilePath, "SELECT MAX(version) FROM schema_version;"));
        Assert.Equal((long)SqliteMigrations.All.Count, await ScalarAsync(store.FilePath, "SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Reopen_SameFile_KeepsEverything()
    {
        var first = Open(new StorageOptions());
        await first.InitializeAsync(Ct);
        await first.SaveConversationAsync(Conversation("a:1"), Ct);
        await first.SetLanguageAsync("29:user-1", Language.Japanese, Ct);
        var id = await first.AddCheckAsync(Check("tokyo", Noon), Ct);
        first.Dispose();

        var second = Open(new StorageOptions());
        await second.InitializeAsync(Ct);

        Assert.Equal(Conversation("a:1"), await second.FindConversationAsync("a:1", Ct));
        Assert.Equal(Language.Japanese, await second.FindLanguageAsync("29:user-1", Ct));
        Assert.Equal(Check("tokyo", Noon) with { Id = id }, Assert.Single(await second.LatestChecksAsync(Ct)));
    }

    [Fact]
    public async Task Writes_TwoStoresOnOneFile_AllLand()
    {
        // Two host processes sharing a file meet in SQLite's lock, not in one store's write gate.
        var first = Open(new StorageOptions());
        var second = Open(new StorageOptions());
        await first.InitializeAsync(Ct);
        await second.InitializeAsync(Ct);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => (i % 2 == 0 ? first : second).SaveConversationAsync(Conversation($"a:{i}"), Ct), Ct)));

        Assert.Equal(40, await first.CountConversationsAsync(Ct));
    }

    [Fact]
    public async Task Initialize_DataFolderUnderAFile_FailsNamingTheFolder()
    {
        File.WriteAllText(_folder.Combine("occupied"), "not a folder");
        var store = Open(new StorageOptions { DataFolder = "occupied/data" });

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));

        Assert.Contains(_folder.Combine("occupied", "data"), failure.Message, StringComparison.Ordinal);
        Assert.Contains("Vpn:Bot:Storage:DataFolder", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_FileThatIsNotADatabase_FailsNamingTheFile()
    {
        Directory.CreateDirectory(_folder.Combine("data"));
        File.WriteAllText(_folder.Combine("data", "vpnbot.db"), new string('x', 4096));
        var store = Open(new StorageOptions());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));

        Assert.Contains(_folder.Combine("data", "vpnbot.db"), failure.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(failure.InnerException);
    }

    [Fact]
    public async Task Initialize_FileThisProcessCannotWrite_FailsNamingTheFile()
    {
        var first = Open(new StorageOptions());
        await first.InitializeAsync(Ct);
        first.Dispose();
        // Root writes through file modes, so the file is made immutable instead; the folder stays writable.
        if (!await ChattrAsync("+i", first.FilePath))
        {
            Assert.Skip("chattr +i does not work here (not root, or the temporary folder's file system has no attributes).");
        }

        try
        {
            var second = Open(new StorageOptions());

            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => second.InitializeAsync(Ct));

            Assert.Contains(first.FilePath, failure.Message, StringComparison.Ordinal);
            Assert.Contains("read-only", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ChattrAsync("-i", first.FilePath);
        }
    }

    [Fact]
    public async Task Initialize_SchemaNewerThanThisRelease_FailsSayingSo()
    {
        var store = (SqliteBotStore)await CreateStoreAsync();
        await ExecuteAsync(store.FilePath, "INSERT INTO schema_version VALUES (999, 'from the future', '2030-01-01T00:00:00Z');");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));

        Assert.Contains("schema version 999", failure.Message, StringComparison.Ordinal);
        Assert.Contains(store.FilePath, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LatestChecks_RowWithUnknownStatus_ShowsItAsUnknownAndLogs()
    {
        var store = (SqliteBotStore)await CreateStoreAsync();
        var damaged = await store.AddCheckAsync(Check("tokyo", Noon, ReportStatus.Ok), Ct);
        await store.AddCheckAsync(Check("osaka", Noon, ReportStatus.Critical), Ct);
        await ExecuteAsync(store.FilePath, "UPDATE checks SET status = 'exploded' WHERE id = $id;", damaged);

        var latest = await store.LatestChecksAsync(Ct);

        Assert.Equal([ReportStatus.Critical, ReportStatus.Unknown], latest.Select(c => c.Status));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("'exploded'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecentChecks_RowWithUnreadableCounts_IsSkippedAndTheOthersRead()
    {
        var store = (SqliteBotStore)await CreateStoreAsync();
        await store.AddCheckAsync(Check("tokyo", Noon), Ct);
        var damaged = await store.AddCheckAsync(Check("tokyo", Noon.AddMinutes(1)), Ct);
        await store.AddCheckAsync(Check("tokyo", Noon.AddMinutes(2)), Ct);
        await ExecuteAsync(store.FilePath, "UPDATE checks SET pass_count = 99999999999 WHERE id = $id;", damaged);

        var recent = await store.RecentChecksAsync("tokyo", 10, Ct);

        Assert.Equal([Noon.AddMinutes(2), Noon], recent.Select(c => c.StartedAt));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains($"{damaged}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindConversation_RowWithUnknownKind_ReturnsNullAndLogs()
    {
        var store = (SqliteBotStore)await CreateStoreAsync();
        await store.SaveConversationAsync(Conversation("a:1"), Ct);
        await store.SaveConversationAsync(Conversation("a:2"), Ct);
        await ExecuteAsync(store.FilePath, "UPDATE conversations SET kind = 'meeting' WHERE key = 'a:1';");

        Assert.Null(await store.FindConversationAsync("a:1", Ct));
        Assert.NotNull(await store.FindConversationAsync("a:2", Ct));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("'meeting'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindLanguage_UnknownStoredValue_FollowsTheLocaleInstead()
    {
        var store = (SqliteBotStore)await CreateStoreAsync();
        await store.SetLanguageAsync("29:user-1", Language.Japanese, Ct);
        await ExecuteAsync(store.FilePath, "UPDATE user_preferences SET language = 'klingon';");

        Assert.Null(await store.FindLanguageAsync("29:user-1", Ct));
        Assert.Contains(_log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("'klingon'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionString_RelativeDataSource_IsUnderTheContentRoot()
    {
        var store = Open(new StorageOptions { ConnectionString = "Data Source=elsewhere/bot.sqlite" });

        await store.InitializeAsync(Ct);

        Assert.Equal(_folder.Combine("elsewhere", "bot.sqlite"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
    }

    private SqliteBotStore Open(StorageOptions options)
    {
        var store = new SqliteBotStore(options, _folder.Path, _log);
        _stores.Add(store);
        return store;
    }

    private static async Task<bool> ChattrAsync(string change, string file)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [change, file]) { RedirectStandardError = true })!;
            await chattr.WaitForExitAsync(Ct);
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs SQL beside the store, as a damaged disk or a hand edit would change the file.</summary>
    private static async Task<object?> ScalarAsync(string file, string sql, long id = 0)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(Ct);
    }

    private static async Task ExecuteAsync(string file, string sql, long id = 0) => await ScalarAsync(file, sql, id);
}
