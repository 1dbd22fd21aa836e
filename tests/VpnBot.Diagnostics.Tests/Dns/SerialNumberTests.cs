using VpnBot.Diagnostics.Dns.Zones;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class SerialNumberTests
{
    [Theory]
    [InlineData(1u, 2u, 1u)]
    [InlineData(2024010105u, 2024010108u, 3u)]
    [InlineData(uint.MaxValue, 2u, 3u)]
    [InlineData(0u, 2147483647u, 2147483647u)]
    public void Distance_OlderSerial_CountsIncrementsAcrossTheWrap(uint behind, uint ahead, uint distance)
    {
        Assert.Equal(distance, SerialNumber.Distance(behind, ahead));
        Assert.True(SerialNumber.IsBehind(behind, ahead));
        Assert.False(SerialNumber.IsBehind(ahead, behind));
    }

    [Theory]
    [InlineData(5u, 5u)]
    [InlineData(0u, 2147483648u)]
    public void IsBehind_EqualOrUndefinedPair_IsFalseBothWays(uint a, uint b)
    {
        // RFC 1982 §3.2 leaves serials exactly 2^31 apart undefined: neither is behind.
        Assert.False(SerialNumber.IsBehind(a, b));
        Assert.False(SerialNumber.IsBehind(b, a));
    }

    [Fact]
    public void Newest_AcrossTheWrap_IsTheWrappedOne()
    {
        Assert.Equal(3u, SerialNumber.Newest([4294967290u, 3u, 4294967295u]));
    }
}
