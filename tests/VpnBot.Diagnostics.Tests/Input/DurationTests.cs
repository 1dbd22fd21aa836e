using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Tests.Input;

public sealed class DurationTests
{
    private static readonly TimeSpan Min = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("5s", 5000)]
    [InlineData("1500ms", 1500)]
    [InlineData("1.5s", 1500)]
    [InlineData("2m", 120_000)]
    [InlineData("7", 7000)]
    [InlineData("00:00:05", 5000)]
    [InlineData(" 3S ", 3000)]
    public void Parse_AcceptedForms_GiveMilliseconds(string text, int milliseconds)
    {
        var parsed = Duration.Parse(text, Min, Max);

        Assert.True(parsed.Ok);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), parsed.Value);
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("100ms")]
    [InlineData("3m")]
    [InlineData("-5s")]
    [InlineData("five")]
    [InlineData("5h")]
    [InlineData("NaN")]
    [InlineData("1e400s")]
    [InlineData("")]
    public void Parse_OutOfRangeOrUnreadable_NamesTheBounds(string text)
    {
        var parsed = Duration.Parse(text, Min, Max);

        Assert.False(parsed.Ok);
        Assert.Contains("200ms", parsed.Expected.En, StringComparison.Ordinal);
        Assert.Contains("2m", parsed.Expected.En, StringComparison.Ordinal);
        Assert.Contains("200ms", parsed.Expected.Ja, StringComparison.Ordinal);
    }
}
