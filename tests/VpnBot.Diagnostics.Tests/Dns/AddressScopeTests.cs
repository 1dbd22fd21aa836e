using System.Net;
using VpnBot.Diagnostics.Dns.Zones;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class AddressScopeTests
{
    [Theory]
    [InlineData("10.0.0.1", nameof(NonPublicRange.Rfc1918))]
    [InlineData("10.255.255.255", nameof(NonPublicRange.Rfc1918))]
    [InlineData("172.16.0.1", nameof(NonPublicRange.Rfc1918))]
    [InlineData("172.31.255.255", nameof(NonPublicRange.Rfc1918))]
    [InlineData("192.168.0.1", nameof(NonPublicRange.Rfc1918))]
    [InlineData("100.64.0.1", nameof(NonPublicRange.Cgnat))]
    [InlineData("100.127.255.255", nameof(NonPublicRange.Cgnat))]
    [InlineData("127.0.0.1", nameof(NonPublicRange.Loopback))]
    [InlineData("169.254.1.1", nameof(NonPublicRange.LinkLocal))]
    [InlineData("0.0.0.0", nameof(NonPublicRange.Unspecified))]
    [InlineData("::1", nameof(NonPublicRange.Loopback))]
    [InlineData("::", nameof(NonPublicRange.Unspecified))]
    [InlineData("fc00::1", nameof(NonPublicRange.UniqueLocal))]
    [InlineData("fdff:ffff::1", nameof(NonPublicRange.UniqueLocal))]
    [InlineData("fe80::1", nameof(NonPublicRange.LinkLocal))]
    [InlineData("febf::1", nameof(NonPublicRange.LinkLocal))]
    [InlineData("::ffff:192.168.1.1", nameof(NonPublicRange.Rfc1918))]
    public void Classify_NonPublicAddress_NamesItsRange(string address, string range)
    {
        Assert.Equal(Enum.Parse<NonPublicRange>(range), AddressScope.Classify(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("203.0.113.10")]
    [InlineData("198.18.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2001:db8::1")]
    [InlineData("fec0::1")]
    [InlineData("fb00::1")]
    public void Classify_RoutableAddress_IsNull(string address)
    {
        Assert.Null(AddressScope.Classify(IPAddress.Parse(address)));
    }
}
