using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class Ikev1ResponseParserTests
{
    [Theory]
    [InlineData("ikev1-answered.hex", "AES_CBC-256/SHA1/MODP_2048/PSK")]
    [InlineData("ikev1-nat-t-answered.hex", "AES_CBC-256/SHA1/MODP_2048/PSK")]
    [InlineData("ikev1-answered-default.hex", "AES_CBC-256/SHA2_256/MODP_2048/PSK")]
    [InlineData("ike-scan-mm-answered-reply.hex", "3DES/SHA1/MODP_1024/PSK")]
    public void Parse_MainModeAnswer_ReadsTheChosenTransform(string fixture, string expected)
    {
        var response = Parse(IkeFixtures.Message(fixture));

        Assert.Equal(expected, response.Chosen!.Describe());
        Assert.Equal((ushort)Ikev1Attribute.LifeTypeSeconds, response.Chosen.LifeType);
        Assert.Equal(28800UL, response.Chosen.LifeDuration);
        Assert.Equal(Ikev1Constants.MainMode, response.Header.ExchangeType);
        Assert.NotEqual(0UL, response.Header.ResponderSpi);
        Assert.Empty(response.Notifications);
    }

    [Fact]
    public void Parse_StrongSwanMainMode_NamesItsVendorIds()
    {
        var response = Parse(IkeFixtures.Message("ikev1-answered.hex"));

        var names = response.VendorIds.Select(v => VendorIds.Describe(v)).ToList();

        Assert.Equal(["strongSwan", "XAUTH", "Dead Peer Detection", "IKE Fragmentation", "RFC 3947 NAT-T"], names);
    }

    [Theory]
    [InlineData("ikev1-no-proposal-chosen.hex")]
    [InlineData("ike-scan-mm-no-proposal-chosen-reply.hex")]
    public void Parse_InformationalNoProposalChosen_IsAnErrorNotify(string fixture)
    {
        var response = Parse(IkeFixtures.Message(fixture));

        Assert.Equal(Ikev1Constants.Informational, response.Header.ExchangeType);
        Assert.Null(response.Chosen);
        var notify = Assert.Single(response.Notifications);
        Assert.Equal(Ikev1Notify.NoProposalChosen, notify.Type);
        Assert.Equal(Ikev1Constants.DoiIpsec, notify.Doi);
        Assert.True(notify.IsError);
        Assert.Equal("NO-PROPOSAL-CHOSEN (14)", notify.Name);
    }

    [Fact]
    public void Parse_EncryptionFlagSet_IsRejected()
    {
        var message = IkeFixtures.Message("ikev1-answered.hex");
        message[19] |= IkeHeader.Ikev1EncryptionFlag;

        Assert.Equal(IkeMalformation.Encrypted, Ikev1ResponseParser.Parse(message, IkeFixtures.Spi(message)).Failure!.Reason);
    }

    [Fact]
    public void Parse_TransformCountDisagreesWithTransforms_IsAnInvalidProposal()
    {
        var message = IkeFixtures.Message("ikev1-answered.hex");
        // Header (28) + SA generic header (4) + DOI and situation (8) + proposal: count at byte 7.
        message[28 + 4 + 8 + 7] = 2;

        Assert.Equal(IkeMalformation.ProposalInvalid, Ikev1ResponseParser.Parse(message, IkeFixtures.Spi(message)).Failure!.Reason);
    }

    [Fact]
    public void Parse_IkeV2Answer_IsTheWrongVersion()
    {
        var message = IkeFixtures.Message("ikev2-answered.hex");

        Assert.Equal(IkeMalformation.UnexpectedVersion, Ikev1ResponseParser.Parse(message, IkeFixtures.Spi(message)).Failure!.Reason);
    }

    private static Ikev1Response Parse(byte[] message)
    {
        var result = Ikev1ResponseParser.Parse(message, IkeFixtures.Spi(message));
        Assert.Null(result.Failure);
        return result.Response!;
    }
}
