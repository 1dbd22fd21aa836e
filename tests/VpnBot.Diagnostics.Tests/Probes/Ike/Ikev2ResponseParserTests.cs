using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class Ikev2ResponseParserTests
{
    [Fact]
    public void Parse_StrongSwanAnswer_ReadsTheChosenProposalKeyExchangeAndNotifies()
    {
        var message = IkeFixtures.Message("ikev2-answered.hex");

        var response = Parse(message);

        Assert.Equal("AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", response.Proposal!.Describe());
        Assert.Equal((ushort)14, response.KeyExchangeGroup);
        Assert.Equal(256, response.KeyExchangeLength);
        Assert.Equal(32, response.NonceLength);
        Assert.NotEqual(0UL, response.Header.ResponderSpi);
        Assert.Null(response.Error);
        Assert.NotNull(response.Find(Ikev2Notify.NatDetectionSourceIp));
        Assert.NotNull(response.Find(Ikev2Notify.NatDetectionDestinationIp));
        Assert.NotNull(response.Find(Ikev2Notify.Ikev2FragmentationSupported));
        Assert.Equal("strongSwan", VendorIds.Describe(Assert.Single(response.VendorIds)));
    }

    [Fact]
    public void Parse_AnswerToModp1024Retry_ReadsTheSmallerGroup()
    {
        var response = Parse(IkeFixtures.Message("ikev2-answered-modp1024.hex"));

        Assert.Equal("AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_1024", response.Proposal!.Describe());
        Assert.Equal((ushort)2, response.KeyExchangeGroup);
        Assert.Equal(128, response.KeyExchangeLength);
    }

    [Fact]
    public void Parse_NoProposalChosen_IsTheOnlyNotifyAndAnError()
    {
        var response = Parse(IkeFixtures.Message("ikev2-no-proposal-chosen.hex"));

        var notify = Assert.Single(response.Notifications);
        Assert.Equal(Ikev2Notify.NoProposalChosen, notify.Type);
        Assert.True(notify.IsError);
        Assert.Null(response.Proposal);
        Assert.Equal(0UL, response.Header.ResponderSpi);
    }

    [Theory]
    [InlineData("ikev2-invalid-ke.hex", 2)]
    [InlineData("ike-scan-ikev2-invalid-ke-reply.hex", 14)]
    public void Parse_InvalidKePayload_CarriesTheWantedGroup(string fixture, int group)
    {
        var response = Parse(IkeFixtures.Message(fixture));

        var notify = response.Find(Ikev2Notify.InvalidKePayload);
        Assert.NotNull(notify);
        Assert.Equal(new[] { (byte)(group >> 8), (byte)group }, notify.Data);
        Assert.Same(notify, response.Error);
    }

    [Fact]
    public void Parse_Cookie_CarriesTheCookieData()
    {
        var response = Parse(IkeFixtures.Message("ikev2-cookie.hex"));

        var cookie = Assert.Single(response.Notifications);
        Assert.Equal(Ikev2Notify.Cookie, cookie.Type);
        Assert.False(cookie.IsError);
        Assert.InRange(cookie.Data.Length, 1, 64);
    }

    [Fact]
    public void Parse_IkeScanNoProposalChosen_IsRead()
    {
        var response = Parse(IkeFixtures.Message("ike-scan-ikev2-no-proposal-chosen-reply.hex"));

        Assert.Equal(Ikev2Notify.NoProposalChosen, response.Error!.Type);
    }

    [Fact]
    public void Parse_OtherSpi_IsNotAResponse()
    {
        var message = IkeFixtures.Message("ikev2-answered.hex");

        var result = Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message) ^ 1);

        Assert.Equal(IkeMalformation.NotAResponse, result.Failure!.Reason);
    }

    [Fact]
    public void Parse_RequestInsteadOfResponse_IsNotAResponse()
    {
        var request = HexFixture.Load("ike-scan-ikev2-invalid-ke-request.hex");

        var result = Ikev2ResponseParser.Parse(request, IkeFixtures.Spi(request));

        Assert.Equal(IkeMalformation.NotAResponse, result.Failure!.Reason);
    }

    [Fact]
    public void Parse_TruncatedDatagram_IsALengthMismatch()
    {
        var message = IkeFixtures.Message("ikev2-answered.hex");

        var result = Ikev2ResponseParser.Parse(message.AsMemory(0, message.Length - 1), IkeFixtures.Spi(message));

        Assert.Equal(IkeMalformation.LengthMismatch, result.Failure!.Reason);
    }

    [Fact]
    public void Parse_PayloadLengthPastTheEnd_IsTruncated()
    {
        var message = IkeFixtures.Message("ikev2-answered.hex");
        message[30] = 0xFF; // the SA payload's length field

        var result = Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message));

        Assert.Equal(IkeMalformation.PayloadTruncated, result.Failure!.Reason);
        Assert.Equal(IkeHeader.Size, result.Failure.Offset);
    }

    [Fact]
    public void Parse_IkeV1Answer_IsTheWrongVersion()
    {
        var message = IkeFixtures.Message("ikev1-answered.hex");

        var result = Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message));

        Assert.Equal(IkeMalformation.UnexpectedVersion, result.Failure!.Reason);
    }

    [Fact]
    public void Parse_HeaderOnly_HasNoAnswerPayload()
    {
        var message = IkeFixtures.Message("ikev2-cookie.hex")[..IkeHeader.Size];
        message[16] = 0;
        message[27] = IkeHeader.Size;

        var result = Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message));

        Assert.Equal(IkeMalformation.NoAnswerPayload, result.Failure!.Reason);
    }

    [Fact]
    public void Parse_Empty_IsTooShort()
    {
        Assert.Equal(IkeMalformation.TooShort, Ikev2ResponseParser.Parse(ReadOnlyMemory<byte>.Empty, 1).Failure!.Reason);
    }

    private static Ikev2Response Parse(byte[] message)
    {
        var result = Ikev2ResponseParser.Parse(message, IkeFixtures.Spi(message));
        Assert.Null(result.Failure);
        return result.Response!;
    }
}
