using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace VpnBot.Bot.Storage;

/// <summary>Stops the host at start with a sentence naming the key when the storage section is unusable.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = StorageOptions.SectionName;

        if (!string.Equals(options.Provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Section}:Provider is '{options.Provider}'; this release supports '{StorageOptions.SqliteProvider}'.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (string.IsNullOrWhiteSpace(options.DataFolder))
            {
                failures.Add($"{Section}:DataFolder is empty; give a folder for the database file (default 'data').");
            }
            else if (options.DataFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                failures.Add($"{Section}:DataFolder '{options.DataFolder}' contains characters not allowed in a path.");
            }
        }
        else
        {
            ValidateConnectionString(options.ConnectionString, failures);
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > StorageOptions.MaxBusyTimeout)
        {
            failures.Add($"{Section}:BusyTimeout is {options.BusyTimeout}; it must be above zero and at most {StorageOptions.MaxBusyTimeout}.");
        }

        if (options.ChecksKeptPerEndpoint < 1)
        {
            failures.Add($"{Section}:ChecksKeptPerEndpoint is {options.ChecksKeptPerEndpoint}; keep at least 1 check run per endpoint.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnectionString(string connectionString, List<string> failures)
    {
        const string Key = StorageOptions.SectionName + ":ConnectionString";
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                failures.Add($"{Key} has no Data Source; name the database file.");
            }
            else if (builder.Mode is SqliteOpenMode.ReadOnly)
            {
                failures.Add($"{Key} opens the database read-only; the bot writes to it.");
            }
            else if (builder.Mode is SqliteOpenMode.Memory || builder.DataSource.Trim() == ":memory:")
            {
                // Every operation opens its own connection, and an in-memory database lives only as long as one.
                failures.Add($"{Key} names an in-memory database, which would keep nothing between operations; name a file.");
            }
        }
        catch (ArgumentException)
        {
            // The parser's message repeats the offending text, which may hold a password: name the key only.
            failures.Add($"{Key} is not a valid SQLite connection string.");
        }
    }
}
