using VpnBot.Diagnostics.Probes.Ike;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class Ikev1RequestBuilderTests
{
    [Fact]
    public void Build_DefaultOffer_IsAFirstMainModeMessage()
    {
        var message = Ikev1RequestBuilder.Build(42, Ikev1Offer.Default);

        Assert.True(IkeHeader.TryRead(message, out var header));
        Assert.Equal(42UL, header.InitiatorSpi);
        Assert.Equal(0UL, header.ResponderSpi);
        Assert.Equal(1, header.MajorVersion);
        Assert.Equal(Ikev1Constants.MainMode, header.ExchangeType);
        Assert.Equal(0, header.Flags);
        Assert.Equal((uint)message.Length, header.Length);
        var payloads = Walk(message);
        Assert.Equal([Ikev1Payload.SecurityAssociation, Ikev1Payload.VendorId, Ikev1Payload.VendorId, Ikev1Payload.VendorId], payloads.Select(p => p.Type));
        Assert.Equal(["RFC 3947 NAT-T", "draft-ietf-ipsec-nat-t-ike-02\\n", "IKE Fragmentation"], payloads.Skip(1).Select(p => VendorIds.Describe(p.Body.Span)));
    }

    [Fact]
    public void Build_DefaultOffer_OffersEveryDocumentedTransformInOrder()
    {
        var sa = Walk(Ikev1RequestBuilder.Build(42, Ikev1Offer.Default))[0];

        var transforms = Ikev1SaReader.Read(sa.Body.Span, sa.Offset + 4, out var failure);

        Assert.Null(failure);
        Assert.Equal(24, transforms.Count);
        Assert.Equal("AES_CBC-256/SHA2_256/MODP_2048/PSK", transforms[0].Describe());
        Assert.Equal("AES_CBC-256/SHA2_256/MODP_2048/RSA_SIG", transforms[1].Describe());
        Assert.Equal("3DES/SHA1/MODP_1024/RSA_SIG", transforms[^1].Describe());
        Assert.All(transforms, t => Assert.Equal(28800UL, t.LifeDuration));
        Assert.Equal(Ikev1Offer.Default.Transforms, transforms);
        Assert.Equal(IkeDefaultOffers.Ikev1, Ikev1Offer.Default.Describe());
    }

    [Fact]
    public void Build_DefaultOffer_HasIkeScansStructure()
    {
        // ike-scan's Main Mode request (captured) and ours: same header fields, an SA first that one reader parses.
        var theirs = HexFixture.Load("ike-scan-mm-answered-request.hex");
        var ours = Ikev1RequestBuilder.Build(42, Ikev1Offer.Default);
        Assert.True(IkeHeader.TryRead(theirs, out var theirHeader));
        Assert.True(IkeHeader.TryRead(ours, out var ourHeader));
        Assert.Equal((theirHeader.MajorVersion, theirHeader.ExchangeType, theirHeader.Flags, theirHeader.MessageId), (ourHeader.MajorVersion, ourHeader.ExchangeType, ourHeader.Flags, ourHeader.MessageId));

        var theirSa = Walk(theirs)[0];
        Assert.Equal(Ikev1Payload.SecurityAssociation, theirSa.Type);
        Assert.Equal(theirSa.Body.Span[..8].ToArray(), Walk(ours)[0].Body.Span[..8].ToArray());
        var transforms = Ikev1SaReader.Read(theirSa.Body.Span, theirSa.Offset + 4, out var failure);
        Assert.Null(failure);
        Assert.Equal(8, transforms.Count);
    }

    private static List<IkePayload> Walk(byte[] message)
    {
        Assert.True(IkeHeader.TryRead(message, out var header));
        var payloads = new List<IkePayload>();
        Assert.Null(IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads));
        return payloads;
    }
}
