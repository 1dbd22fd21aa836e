using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Tests.Input;

public sealed class ServerEndpointTests
{
    [Theory]
    [InlineData("10.0.0.10", "10.0.0.10:53")]
    [InlineData("10.0.0.11:5353", "10.0.0.11:5353")]
    [InlineData("2001:db8::53", "[2001:db8::53]:53")]
    [InlineData("[2001:db8::53]:5300", "[2001:db8::53]:5300")]
    [InlineData("[::1]", "[::1]:53")]
    public void Parse_AddressWithOptionalPort_UsesDefaultPort(string text, string expected)
    {
        var parsed = ServerEndpoint.Parse(text);

        Assert.True(parsed.Ok);
        Assert.Equal(expected, parsed.Value.ToString());
    }

    [Theory]
    [InlineData("10.0.0.10:0")]
    [InlineData("10.0.0.10:65536")]
    [InlineData("10.0.0.10:")]
    [InlineData("10.0.0.10:53x")]
    [InlineData("ns1.example.com")]
    [InlineData("[2001:db8::53")]
    [InlineData("[2001:db8::53]x")]
    [InlineData("10.0.0.300")]
    public void Parse_Invalid_ReportsExpectedForm(string text)
    {
        var parsed = ServerEndpoint.Parse(text);

        Assert.False(parsed.Ok);
        Assert.Contains("IP address", parsed.Expected.En, StringComparison.Ordinal);
    }
}
