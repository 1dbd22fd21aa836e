using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>
/// Builds the IKE_SA_INIT request (RFC 7296 §1.2): HDR, [N(COOKIE)], SA, KE, Ni, N(NAT_DETECTION_SOURCE_IP),
/// N(NAT_DETECTION_DESTINATION_IP), N(IKEV2_FRAGMENTATION_SUPPORTED).
/// </summary>
internal static class Ikev2RequestBuilder
{
    private const byte LastSubstructure = 0;
    private const byte MoreTransforms = 3;

    public static byte[] Build(Ikev2Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = new IkeHeader(
            request.InitiatorSpi,
            ResponderSpi: 0,
            NextPayload: 0,
            Ikev2Constants.MajorVersion,
            MinorVersion: 0,
            Ikev2Constants.IkeSaInit,
            IkeHeader.InitiatorFlag,
            MessageId: 0,
            Length: 0);
        var message = new IkeMessageWriter(header);

        // RFC 7296 §2.6: the cookie goes first, everything else unchanged.
        if (request.Cookie is { } cookie)
        {
            message.Add(Ikev2Payload.Notify, Notify(Ikev2Notify.Cookie, cookie));
        }

        message.Add(Ikev2Payload.SecurityAssociation, SecurityAssociation(request.Offer));
        message.Add(Ikev2Payload.KeyExchange, KeyExchange(request.KeyExchangeGroup, request.PublicValue));
        message.Add(Ikev2Payload.Nonce, request.Nonce);
        message.Add(Ikev2Payload.Notify, Notify(Ikev2Notify.NatDetectionSourceIp, NatDetection.Hash(request.InitiatorSpi, 0, request.Local)));
        message.Add(Ikev2Payload.Notify, Notify(Ikev2Notify.NatDetectionDestinationIp, NatDetection.Hash(request.InitiatorSpi, 0, request.Remote)));
        // RFC 7383 §2.3: announcing fragmentation support makes a responder that supports it say so.
        message.Add(Ikev2Payload.Notify, Notify(Ikev2Notify.Ikev2FragmentationSupported, []));
        return message.ToArray();
    }

    /// <summary>RFC 7296 §3.3: one IKE proposal (number 1, no SPI) carrying every transform of the offer.</summary>
    private static byte[] SecurityAssociation(Ikev2Offer offer)
    {
        var proposal = new ByteBuilder()
            .U8(LastSubstructure).U8(0).U16(0)
            .U8(1).U8(Ikev2Constants.ProtocolIke).U8(0).U8((byte)offer.Transforms.Count);
        for (var i = 0; i < offer.Transforms.Count; i++)
        {
            var transform = offer.Transforms[i];
            var hasKeyLength = transform.KeyLength is not null;
            proposal
                .U8(i == offer.Transforms.Count - 1 ? LastSubstructure : MoreTransforms).U8(0)
                .U16((ushort)(hasKeyLength ? 12 : 8))
                .U8(transform.Type).U8(0).U16(transform.Id);
            if (transform.KeyLength is { } bits)
            {
                proposal.U16(Ikev2Constants.KeyLengthAttribute).U16(bits);
            }
        }

        proposal.PatchU16(2, (ushort)proposal.Count);
        return proposal.ToArray();
    }

    /// <summary>RFC 7296 §3.4: group number, two reserved bytes, the public value.</summary>
    private static byte[] KeyExchange(ushort group, byte[] publicValue) =>
        new ByteBuilder().U16(group).U16(0).Bytes(publicValue).ToArray();

    /// <summary>RFC 7296 §3.10: protocol id 0 and no SPI for notifies about the IKE SA being set up.</summary>
    private static byte[] Notify(ushort type, ReadOnlySpan<byte> data) =>
        new ByteBuilder().U8(0).U8(0).U16(type).Bytes(data).ToArray();
}
