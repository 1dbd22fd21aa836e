using Microsoft.Data.Sqlite;

namespace VpnBot.Bot.Tests.Storage;

/// <summary>A scratch folder for database files, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vpnbot-store-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        // Pooled connections keep the files open; close them so the folder can go.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
