using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>Reads the proposal and transform substructures of an IKEv2 SA payload (RFC 7296 §3.3).</summary>
internal static class Ikev2SaReader
{
    private const byte LastSubstructure = 0;
    private const byte MoreProposals = 2;
    private const byte MoreTransforms = 3;
    private const int ProposalHeaderSize = 8;
    private const int TransformHeaderSize = 8;
    private const int AttributeHeaderSize = 4;

    /// <summary>
    /// The proposals in <paramref name="body"/>; <paramref name="failure"/> names the first inconsistency
    /// (offsets are relative to the message, <paramref name="baseOffset"/> being where the body starts).
    /// </summary>
    public static List<Ikev2Proposal> Read(ReadOnlySpan<byte> body, int baseOffset, out IkeParseFailure? failure)
    {
        var proposals = new List<Ikev2Proposal>();
        var offset = 0;
        var more = true;
        while (more)
        {
            var at = baseOffset + offset;
            if (body.Length - offset < ProposalHeaderSize)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at);
                return proposals;
            }

            var last = body[offset];
            int length = BinaryPrimitives.ReadUInt16BigEndian(body[(offset + 2)..]);
            if ((last != LastSubstructure && last != MoreProposals) || length < ProposalHeaderSize || length > body.Length - offset)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at);
                return proposals;
            }

            var proposalBody = body.Slice(offset, length);
            var number = proposalBody[4];
            var protocol = proposalBody[5];
            var spiSize = proposalBody[6];
            var transformCount = proposalBody[7];
            if (spiSize > length - ProposalHeaderSize)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at);
                return proposals;
            }

            var transforms = ReadTransforms(proposalBody[(ProposalHeaderSize + spiSize)..], at + ProposalHeaderSize + spiSize, out failure);
            if (failure is not null)
            {
                return proposals;
            }

            if (transforms.Count != transformCount)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at + 7);
                return proposals;
            }

            proposals.Add(new Ikev2Proposal(number, protocol, proposalBody.Slice(ProposalHeaderSize, spiSize).ToArray(), transforms));
            offset += length;
            more = last == MoreProposals;
        }

        failure = offset == body.Length ? null : new IkeParseFailure(IkeMalformation.ProposalInvalid, baseOffset + offset);
        return proposals;
    }

    private static List<Ikev2Transform> ReadTransforms(ReadOnlySpan<byte> area, int baseOffset, out IkeParseFailure? failure)
    {
        var transforms = new List<Ikev2Transform>();
        var offset = 0;
        var ended = area.Length == 0;
        while (!ended)
        {
            var at = baseOffset + offset;
            if (area.Length - offset < TransformHeaderSize)
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at);
                return transforms;
            }

            var last = area[offset];
            int length = BinaryPrimitives.ReadUInt16BigEndian(area[(offset + 2)..]);
            if ((last != LastSubstructure && last != MoreTransforms) || length < TransformHeaderSize || length > area.Length - offset)
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at);
                return transforms;
            }

            var type = area[offset + 4];
            var id = BinaryPrimitives.ReadUInt16BigEndian(area[(offset + 6)..]);
            if (!TryReadKeyLength(area.Slice(offset + TransformHeaderSize, length - TransformHeaderSize), out var keyLength))
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at + TransformHeaderSize);
                return transforms;
            }

            transforms.Add(new Ikev2Transform(type, id, keyLength));
            offset += length;
            ended = last == LastSubstructure;
        }

        failure = offset == area.Length ? null : new IkeParseFailure(IkeMalformation.TransformInvalid, baseOffset + offset);
        return transforms;
    }

    /// <summary>RFC 7296 §3.3.5: attributes in TV (AF=1, 2-byte value) or TLV (AF=0, 2-byte length) form; only Key Length is used.</summary>
    private static bool TryReadKeyLength(ReadOnlySpan<byte> attributes, out ushort? keyLength)
    {
        keyLength = null;
        var offset = 0;
        while (offset < attributes.Length)
        {
            if (attributes.Length - offset < AttributeHeaderSize)
            {
                return false;
            }

            var typeField = BinaryPrimitives.ReadUInt16BigEndian(attributes[offset..]);
            var value = BinaryPrimitives.ReadUInt16BigEndian(attributes[(offset + 2)..]);
            if ((typeField & 0x8000) != 0)
            {
                if (typeField == Ikev2Constants.KeyLengthAttribute)
                {
                    keyLength = value;
                }

                offset += AttributeHeaderSize;
            }
            else
            {
                if (value > attributes.Length - offset - AttributeHeaderSize)
                {
                    return false;
                }

                offset += AttributeHeaderSize + value;
            }
        }

        return true;
    }
}
