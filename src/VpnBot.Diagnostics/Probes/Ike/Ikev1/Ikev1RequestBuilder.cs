using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>
/// Builds the first Main Mode message (RFC 2409 §5, RFC 2408 §4.5): HDR, SA, then Vendor IDs announcing
/// NAT traversal (RFC 3947 §3.1 and the draft-02 value Windows also sends) and IKE fragmentation.
/// </summary>
internal static class Ikev1RequestBuilder
{
    public static byte[] Build(ulong initiatorSpi, Ikev1Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var header = new IkeHeader(
            initiatorSpi,
            ResponderSpi: 0,
            NextPayload: 0,
            Ikev1Constants.MajorVersion,
            MinorVersion: 0,
            Ikev1Constants.MainMode,
            Flags: 0,
            MessageId: 0,
            Length: 0);
        var message = new IkeMessageWriter(header);
        message.Add(Ikev1Payload.SecurityAssociation, SecurityAssociation(offer));
        message.Add(Ikev1Payload.VendorId, VendorIds.Rfc3947);
        message.Add(Ikev1Payload.VendorId, VendorIds.NatTDraft02Newline);
        message.Add(Ikev1Payload.VendorId, VendorIds.Fragmentation);
        return message.ToArray();
    }

    /// <summary>RFC 2408 §3.4–3.6: DOI, situation, one PROTO_ISAKMP proposal with one KEY_IKE transform per policy.</summary>
    private static byte[] SecurityAssociation(Ikev1Offer offer)
    {
        var sa = new ByteBuilder().U32(Ikev1Constants.DoiIpsec).U32(Ikev1Constants.SituationIdentityOnly);
        var proposalStart = sa.Count;
        sa.U8(0).U8(0).U16(0)
            .U8(1).U8(Ikev1Constants.ProtocolIsakmp).U8(0).U8((byte)offer.Transforms.Count);
        for (var i = 0; i < offer.Transforms.Count; i++)
        {
            var attributes = Attributes(offer.Transforms[i]);
            var next = i == offer.Transforms.Count - 1 ? (byte)0 : Ikev1Payload.Transform;
            sa.U8(next).U8(0).U16((ushort)(8 + attributes.Length))
                .U8((byte)(i + 1)).U8(Ikev1Constants.KeyIke).U16(0)
                .Bytes(attributes);
        }

        sa.PatchU16(proposalStart + 2, (ushort)(sa.Count - proposalStart));
        return sa.ToArray();
    }

    /// <summary>
    /// Every attribute in the two-byte TV form (RFC 2408 §3.3); RFC 2409 Appendix A lets a variable-length
    /// attribute such as Life Duration use it when the value fits.
    /// </summary>
    private static byte[] Attributes(Ikev1Transform transform)
    {
        var attributes = new ByteBuilder();
        void Basic(ushort type, ushort? value)
        {
            if (value is { } v)
            {
                attributes.U16((ushort)(0x8000 | type)).U16(v);
            }
        }

        Basic(Ikev1Attribute.Encryption, transform.Encryption);
        Basic(Ikev1Attribute.KeyLength, transform.KeyLength);
        Basic(Ikev1Attribute.Hash, transform.Hash);
        Basic(Ikev1Attribute.Authentication, transform.Authentication);
        Basic(Ikev1Attribute.Group, transform.Group);
        Basic(Ikev1Attribute.LifeType, transform.LifeType);
        Basic(Ikev1Attribute.LifeDuration, transform.LifeDuration is { } life and <= ushort.MaxValue ? (ushort)life : null);
        return attributes.ToArray();
    }
}
