using System.Net;
using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Probes.Ike.KeyExchange;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class Ikev2RequestBuilderTests
{
    private static readonly IPEndPoint Local = IPEndPoint.Parse("198.18.0.1:40000");
    private static readonly IPEndPoint Remote = IPEndPoint.Parse("198.18.0.2:500");

    [Fact]
    public void Build_DefaultOffer_HasTheIkeSaInitHeader()
    {
        var message = Build();

        Assert.True(IkeHeader.TryRead(message, out var header));
        Assert.Equal(0x0123456789ABCDEFUL, header.InitiatorSpi);
        Assert.Equal(0UL, header.ResponderSpi);
        Assert.Equal(2, header.MajorVersion);
        Assert.Equal(Ikev2Constants.IkeSaInit, header.ExchangeType);
        Assert.Equal(IkeHeader.InitiatorFlag, header.Flags);
        Assert.Equal(0U, header.MessageId);
        Assert.Equal((uint)message.Length, header.Length);
    }

    [Fact]
    public void Build_DefaultOffer_ChainsSaKeNonceAndNotifiesToTheEnd()
    {
        var payloads = Walk(Build());

        Assert.Equal(
            [Ikev2Payload.SecurityAssociation, Ikev2Payload.KeyExchange, Ikev2Payload.Nonce, Ikev2Payload.Notify, Ikev2Payload.Notify, Ikev2Payload.Notify],
            payloads.Select(p => p.Type));
        Assert.Equal([Ikev2Notify.NatDetectionSourceIp, Ikev2Notify.NatDetectionDestinationIp, Ikev2Notify.Ikev2FragmentationSupported], payloads.Skip(3).Select(p => NotifyType(p)));
    }

    [Fact]
    public void Build_DefaultOffer_ProposesExactlyTheDocumentedOffer()
    {
        var sa = Walk(Build())[0];

        var proposals = Ikev2SaReader.Read(sa.Body.Span, sa.Offset + 4, out var failure);

        Assert.Null(failure);
        var proposal = Assert.Single(proposals);
        Assert.Equal(Ikev2Constants.ProtocolIke, proposal.ProtocolId);
        Assert.Empty(proposal.Spi);
        Assert.Equal(IkeDefaultOffers.Ikev2, proposal.Describe());
        Assert.Equal(IkeDefaultOffers.Ikev2, Ikev2Offer.Default.Describe());
    }

    [Fact]
    public void Build_DefaultOffer_CarriesTheKeyExchangeAndNonceAsGiven()
    {
        var publicValue = ModpGroup.Modp2048.CreatePublicValue();
        var payloads = Walk(Build(publicValue));

        var ke = payloads[1].Body.ToArray();
        Assert.Equal(new byte[] { 0, 14, 0, 0 }, ke[..4]);
        Assert.Equal(publicValue, ke[4..]);
        Assert.Equal(Enumerable.Repeat((byte)7, 32), payloads[2].Body.ToArray());
    }

    [Fact]
    public void Build_DefaultOffer_HashesBothEndpointsForNatDetection()
    {
        var payloads = Walk(Build());

        Assert.Equal(NatDetection.Hash(0x0123456789ABCDEFUL, 0, Local), NotifyData(payloads[3]));
        Assert.Equal(NatDetection.Hash(0x0123456789ABCDEFUL, 0, Remote), NotifyData(payloads[4]));
    }

    [Fact]
    public void Build_WithCookie_PutsTheCookieFirst()
    {
        byte[] cookie = [1, 2, 3, 4, 5, 6, 7, 8];
        var request = Request(ModpGroup.Modp2048.CreatePublicValue()) with { Cookie = cookie };

        var payloads = Walk(Ikev2RequestBuilder.Build(request));

        Assert.Equal(Ikev2Payload.Notify, payloads[0].Type);
        Assert.Equal(Ikev2Notify.Cookie, NotifyType(payloads[0]));
        Assert.Equal(cookie, NotifyData(payloads[0]));
        Assert.Equal(Ikev2Payload.SecurityAssociation, payloads[1].Type);
    }

    [Fact]
    public void Build_DefaultOffer_HasIkeScansStructure()
    {
        // ike-scan's IKE_SA_INIT (captured): same header fields, SA then KE then Ni, a proposal our reader accepts.
        var theirs = HexFixture.Load("ike-scan-ikev2-invalid-ke-request.hex");
        var ours = Build();
        Assert.True(IkeHeader.TryRead(theirs, out var theirHeader));
        Assert.True(IkeHeader.TryRead(ours, out var ourHeader));

        Assert.Equal((theirHeader.MajorVersion, theirHeader.MinorVersion, theirHeader.ExchangeType, theirHeader.Flags, theirHeader.MessageId, theirHeader.ResponderSpi),
            (ourHeader.MajorVersion, ourHeader.MinorVersion, ourHeader.ExchangeType, ourHeader.Flags, ourHeader.MessageId, ourHeader.ResponderSpi));
        var theirPayloads = Walk(theirs);
        Assert.Equal(theirPayloads.Select(p => p.Type).Take(3), Walk(ours).Select(p => p.Type).Take(3));
        Assert.Null(ReadSa(theirPayloads[0]).Failure);
        Assert.Equal(Ikev2Constants.ProtocolIke, Assert.Single(ReadSa(theirPayloads[0]).Proposals).ProtocolId);
    }

    private static (List<Ikev2Proposal> Proposals, IkeParseFailure? Failure) ReadSa(IkePayload sa)
    {
        var proposals = Ikev2SaReader.Read(sa.Body.Span, sa.Offset + 4, out var failure);
        return (proposals, failure);
    }

    private static Ikev2Request Request(byte[] publicValue) =>
        new(0x0123456789ABCDEFUL, Ikev2Offer.Default, 14, publicValue, Enumerable.Repeat((byte)7, 32).ToArray(), Local, Remote);

    private static byte[] Build(byte[]? publicValue = null) => Ikev2RequestBuilder.Build(Request(publicValue ?? new byte[256]));

    private static List<IkePayload> Walk(byte[] message)
    {
        Assert.True(IkeHeader.TryRead(message, out var header));
        var payloads = new List<IkePayload>();
        Assert.Null(IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads));
        return payloads;
    }

    private static ushort NotifyType(IkePayload notify) => (ushort)((notify.Body.Span[2] << 8) | notify.Body.Span[3]);

    private static byte[] NotifyData(IkePayload notify) => notify.Body.Span[4..].ToArray();
}
