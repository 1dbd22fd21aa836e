using System.Net;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class NatDetectionTests
{
    [Theory]
    [InlineData("ikev2-answered.hex", nameof(NatDetectionResult.None))]
    [InlineData("ikev2-nat-t-answered.hex", nameof(NatDetectionResult.None))]
    [InlineData("ikev2-answered-behind-nat.hex", nameof(NatDetectionResult.Server))]
    public void Evaluate_CapturedAnswer_TellsWhichEndIsBehindANat(string fixture, string expected)
    {
        var response = Parse(fixture);

        var result = NatDetection.Evaluate(response, IkeFixtures.Endpoint(fixture, "dialled"), IkeFixtures.Endpoint(fixture, "local"));

        Assert.Equal(Enum.Parse<NatDetectionResult>(expected), result);
    }

    [Fact]
    public void Evaluate_LocalPortRewritten_IsTheClientBehindANat()
    {
        const string Fixture = "ikev2-answered.hex";
        var local = IkeFixtures.Endpoint(Fixture, "local");

        var result = NatDetection.Evaluate(Parse(Fixture), IkeFixtures.Endpoint(Fixture, "dialled"), new IPEndPoint(local.Address, local.Port + 1));

        Assert.Equal(NatDetectionResult.Client, result);
    }

    [Fact]
    public void Evaluate_NoNatNotifies_IsNotReported()
    {
        Assert.Equal(NatDetectionResult.NotReported, NatDetection.Evaluate(Parse("ikev2-no-proposal-chosen.hex"), IPEndPoint.Parse("198.18.0.2:500"), null));
    }

    [Fact]
    public void Hash_Ipv4_IsSha1OverSpisAddressAndPort()
    {
        var hash = NatDetection.Hash(0x0102030405060708UL, 0, IPEndPoint.Parse("198.18.0.2:500"));

        Assert.Equal(20, hash.Length);
        Assert.NotEqual(hash, NatDetection.Hash(0x0102030405060708UL, 0, IPEndPoint.Parse("198.18.0.2:501")));
        Assert.Equal(hash, NatDetection.Hash(0x0102030405060708UL, 0, new IPEndPoint(IPAddress.Parse("198.18.0.2").MapToIPv6(), 500)));
    }

    private static Ikev2Response Parse(string fixture)
    {
        var message = IkeFixtures.Message(fixture);
        return Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message)).Response!;
    }
}
