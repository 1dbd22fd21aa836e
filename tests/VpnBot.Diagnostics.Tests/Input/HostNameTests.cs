using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Tests.Input;

public sealed class HostNameTests
{
    [Theory]
    [InlineData("vpn.example.com", "vpn.example.com")]
    [InlineData("VPN.Example.COM.", "vpn.example.com")]
    [InlineData("  vpn.example.local ", "vpn.example.local")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    [InlineData("ＶＰＮ.例え.jp", "vpn.xn--r8jz45g.jp")]
    [InlineData("a-b.c", "a-b.c")]
    public void Parse_ValidName_ReturnsAsciiLowerCase(string input, string expected)
    {
        var parsed = HostName.Parse(input);

        Assert.True(parsed.Ok);
        Assert.Equal(expected, parsed.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("vpn..example.com")]
    [InlineData("-vpn.example.com")]
    [InlineData("vpn-.example.com")]
    [InlineData("vpn_1.example.com")]
    [InlineData("vpn example.com")]
    [InlineData("vpn.example.com;rm -rf /")]
    [InlineData("$(reboot).example.com")]
    [InlineData("vpn\u0000.example.com")]
    [InlineData("vpn\u202e.example.com")]
    [InlineData("http://vpn.example.com")]
    public void Parse_InvalidName_ReportsExpectedHostName(string input)
    {
        var parsed = HostName.Parse(input);

        Assert.False(parsed.Ok);
        Assert.Contains("host name", parsed.Expected.En, StringComparison.Ordinal);
        Assert.Contains("ホスト名", parsed.Expected.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LabelOf64Characters_IsRejected()
    {
        Assert.False(HostName.Parse(new string('a', 64) + ".example.com").Ok);
        Assert.True(HostName.Parse(new string('a', 63) + ".example.com").Ok);
    }

    [Fact]
    public void Parse_NameLongerThan253_IsRejected()
    {
        var label = new string('a', 60);
        var name = string.Join('.', Enumerable.Repeat(label, 5));

        Assert.False(HostName.Parse(name).Ok);
    }

    [Fact]
    public void Parse_TenKilobyteName_IsRejectedWithoutWork()
    {
        Assert.False(HostName.Parse(new string('a', 10_000)).Ok);
    }

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("2001:db8::1")]
    public void Parse_Address_AsksForHostNameAndPointsToAddressFlag(string input)
    {
        var parsed = HostName.Parse(input);

        Assert.False(parsed.Ok);
        Assert.Contains("--address", parsed.Expected.En, StringComparison.Ordinal);
    }
}
