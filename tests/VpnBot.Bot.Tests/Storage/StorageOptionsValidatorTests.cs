using VpnBot.Bot.Storage;

namespace VpnBot.Bot.Tests.Storage;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageOptionsValidator Validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(Validator.Validate(null, new StorageOptions()).Succeeded);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("SQLITE")]
    public void Validate_ProviderInAnyCase_Succeeds(string provider)
    {
        Assert.True(Validator.Validate(null, new StorageOptions { Provider = provider }).Succeeded);
    }

    [Theory]
    [InlineData("PostgreSql", "Vpn:Bot:Storage:Provider")]
    [InlineData("", "Vpn:Bot:Storage:Provider")]
    public void Validate_UnsupportedProvider_FailsNamingTheKey(string provider, string key)
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = provider });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("data\0folder")]
    public void Validate_UnusableDataFolder_FailsNamingTheKey(string folder)
    {
        var result = Validator.Validate(null, new StorageOptions { DataFolder = folder });

        Assert.True(result.Failed);
        Assert.Contains("Vpn:Bot:Storage:DataFolder", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyDataFolderWithConnectionString_Succeeds()
    {
        Assert.True(Validator.Validate(null, new StorageOptions { DataFolder = "", ConnectionString = "Data Source=bot.db" }).Succeeded);
    }

    [Theory]
    [InlineData("Mode=ReadWriteCreate")]
    [InlineData("Data Source=bot.db;Mode=ReadOnly")]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=bot.db;Mode=Memory")]
    public void Validate_ConnectionStringTheBotCannotUse_FailsNamingTheKey(string connectionString)
    {
        var result = Validator.Validate(null, new StorageOptions { ConnectionString = connectionString });

        Assert.True(result.Failed);
        Assert.Contains("Vpn:Bot:Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedConnectionString_FailsWithoutRepeatingIt()
    {
        var result = Validator.Validate(null, new StorageOptions { ConnectionString = "Data Source=bot.db;Password=hunter2;Nonsense=1" });

        Assert.True(result.Failed);
        Assert.Contains("Vpn:Bot:Storage:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(121_000)]
    public void Validate_BusyTimeoutOutOfRange_FailsNamingTheKey(int milliseconds)
    {
        var result = Validator.Validate(null, new StorageOptions { BusyTimeout = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.True(result.Failed);
        Assert.Contains("Vpn:Bot:Storage:BusyTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoChecksKept_FailsNamingTheKey()
    {
        var result = Validator.Validate(null, new StorageOptions { ChecksKeptPerEndpoint = 0 });

        Assert.True(result.Failed);
        Assert.Contains("Vpn:Bot:Storage:ChecksKeptPerEndpoint", result.FailureMessage, StringComparison.Ordinal);
    }
}
