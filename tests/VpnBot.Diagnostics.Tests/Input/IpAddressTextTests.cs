using System.Net;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Tests.Input;

public sealed class IpAddressTextTests
{
    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("2001:db8::53")]
    [InlineData("::1")]
    public void Parse_WellFormedAddress_Succeeds(string text)
    {
        var parsed = IpAddressText.Parse(text);

        Assert.True(parsed.Ok);
        Assert.Equal(IPAddress.Parse(text), parsed.Value);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.2.3")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("010.0.0.1")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.2.3.-4")]
    [InlineData("fe80::1%eth0")]
    [InlineData("not-an-address")]
    [InlineData("")]
    public void Parse_LooseOrInvalidForm_IsRejected(string text)
    {
        Assert.False(IpAddressText.Parse(text).Ok);
    }
}
