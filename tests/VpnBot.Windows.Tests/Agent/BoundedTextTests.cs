using VpnBot.Windows.Agent;

namespace VpnBot.Windows.Tests.Agent;

public sealed class BoundedTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Access is denied.", "Access is denied.")]
    [InlineData("  line one\r\n\tline two  ", "line one line two")]
    [InlineData("a\u0000b\u202Ec", "a b c")]
    public void Of_Text_IsOneCleanLine(string? text, string expected)
    {
        Assert.Equal(expected, BoundedText.Of(text));
    }

    [Fact]
    public void Of_LongText_IsCutWithAnEllipsis()
    {
        var bounded = BoundedText.Of(new string('x', 1000), 20);

        Assert.Equal(20, bounded.Length);
        Assert.EndsWith("…", bounded, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ExactlyTheLimit_IsKeptWhole()
    {
        Assert.Equal(new string('x', 20), BoundedText.Of(new string('x', 20), 20));
    }
}
