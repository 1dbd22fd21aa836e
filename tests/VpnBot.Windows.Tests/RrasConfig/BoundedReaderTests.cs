using VpnBot.Windows.RrasConfig;

namespace VpnBot.Windows.Tests.RrasConfig;

public sealed class BoundedReaderTests
{
    [Fact]
    public async Task ReadAsync_ShortText_ReadsItAll()
    {
        var (text, truncated) = await BoundedReader.ReadAsync(new StringReader("{\"VpnStatus\": \"Installed\"}"), 100, drain: false, TestContext.Current.CancellationToken);

        Assert.Equal("{\"VpnStatus\": \"Installed\"}", text);
        Assert.False(truncated);
    }

    [Fact]
    public async Task ReadAsync_LongerThanTheLimit_KeepsTheLimitAndSaysSo()
    {
        var (text, truncated) = await BoundedReader.ReadAsync(new StringReader(new string('a', 10_000)), 5000, drain: false, TestContext.Current.CancellationToken);

        Assert.Equal(5000, text.Length);
        Assert.True(truncated);
    }

    [Fact]
    public async Task ReadAsync_Draining_ReadsToTheEndButKeepsTheLimit()
    {
        var reader = new StringReader(new string('e', 50_000));

        var (text, truncated) = await BoundedReader.ReadAsync(reader, 1000, drain: true, TestContext.Current.CancellationToken);

        Assert.Equal(1000, text.Length);
        Assert.True(truncated);
        Assert.Equal(-1, reader.Peek());
    }

    [Fact]
    public async Task ReadAsync_StreamClosedUnderIt_EndsWithWhatItHad()
    {
        var reader = new StreamReader(new MemoryStream([.. "abc"u8]));
        reader.Dispose();

        var (text, truncated) = await BoundedReader.ReadAsync(reader, 100, drain: false, TestContext.Current.CancellationToken);

        Assert.Equal(string.Empty, text);
        Assert.False(truncated);
    }
}
