using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>
/// Reads an IKEv1 SA payload (RFC 2408 §3.4): DOI, situation, then Proposal payloads, each followed by
/// its Transform payloads, all chained with generic payload headers whose lengths are checked.
/// </summary>
internal static class Ikev1SaReader
{
    private const int SaFixedSize = 8;
    private const int ProposalFixedSize = 8;
    private const int TransformFixedSize = 8;

    /// <summary>The transforms of the first proposal; <paramref name="failure"/> names the first inconsistency.</summary>
    public static List<Ikev1Transform> Read(ReadOnlySpan<byte> body, int baseOffset, out IkeParseFailure? failure)
    {
        var transforms = new List<Ikev1Transform>();
        if (body.Length < SaFixedSize + ProposalFixedSize)
        {
            failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, baseOffset);
            return transforms;
        }

        var offset = SaFixedSize;
        var first = true;
        byte next;
        do
        {
            var at = baseOffset + offset;
            if (body.Length - offset < ProposalFixedSize)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at);
                return transforms;
            }

            next = body[offset];
            int length = BinaryPrimitives.ReadUInt16BigEndian(body[(offset + 2)..]);
            var spiSize = body[offset + 6];
            var count = body[offset + 7];
            if ((next != 0 && next != Ikev1Payload.Proposal) || length < ProposalFixedSize + spiSize || length > body.Length - offset)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at);
                return transforms;
            }

            var area = body.Slice(offset + ProposalFixedSize + spiSize, length - ProposalFixedSize - spiSize);
            var read = ReadTransforms(area, at + ProposalFixedSize + spiSize, out failure);
            if (failure is not null)
            {
                return transforms;
            }

            if (read.Count != count)
            {
                failure = new IkeParseFailure(IkeMalformation.ProposalInvalid, at + 7);
                return transforms;
            }

            if (first)
            {
                transforms.AddRange(read);
                first = false;
            }

            offset += length;
        }
        while (next == Ikev1Payload.Proposal);

        failure = offset == body.Length ? null : new IkeParseFailure(IkeMalformation.ProposalInvalid, baseOffset + offset);
        return transforms;
    }

    private static List<Ikev1Transform> ReadTransforms(ReadOnlySpan<byte> area, int baseOffset, out IkeParseFailure? failure)
    {
        var transforms = new List<Ikev1Transform>();
        var offset = 0;
        var ended = area.Length == 0;
        while (!ended)
        {
            var at = baseOffset + offset;
            if (area.Length - offset < TransformFixedSize)
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at);
                return transforms;
            }

            var next = area[offset];
            int length = BinaryPrimitives.ReadUInt16BigEndian(area[(offset + 2)..]);
            if ((next != 0 && next != Ikev1Payload.Transform) || length < TransformFixedSize || length > area.Length - offset)
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at);
                return transforms;
            }

            if (ReadAttributes(area.Slice(offset + TransformFixedSize, length - TransformFixedSize)) is not { } transform)
            {
                failure = new IkeParseFailure(IkeMalformation.TransformInvalid, at + TransformFixedSize);
                return transforms;
            }

            transforms.Add(transform);
            offset += length;
            ended = next == 0;
        }

        failure = offset == area.Length ? null : new IkeParseFailure(IkeMalformation.TransformInvalid, baseOffset + offset);
        return transforms;
    }

    /// <summary>RFC 2408 §3.3: TV attributes (AF=1) hold two bytes; TLV attributes (AF=0) give their length.</summary>
    private static Ikev1Transform? ReadAttributes(ReadOnlySpan<byte> attributes)
    {
        var transform = new Ikev1Transform();
        var offset = 0;
        while (offset < attributes.Length)
        {
            if (attributes.Length - offset < 4)
            {
                return null;
            }

            var typeField = BinaryPrimitives.ReadUInt16BigEndian(attributes[offset..]);
            var type = (ushort)(typeField & 0x7FFF);
            ulong? value;
            if ((typeField & 0x8000) != 0)
            {
                value = BinaryPrimitives.ReadUInt16BigEndian(attributes[(offset + 2)..]);
                offset += 4;
            }
            else
            {
                int length = BinaryPrimitives.ReadUInt16BigEndian(attributes[(offset + 2)..]);
                if (length > attributes.Length - offset - 4)
                {
                    return null;
                }

                value = ReadVariable(attributes.Slice(offset + 4, length));
                offset += 4 + length;
            }

            transform = type switch
            {
                Ikev1Attribute.Encryption => transform with { Encryption = Narrow(value) },
                Ikev1Attribute.Hash => transform with { Hash = Narrow(value) },
                Ikev1Attribute.Authentication => transform with { Authentication = Narrow(value) },
                Ikev1Attribute.Group => transform with { Group = Narrow(value) },
                Ikev1Attribute.LifeType => transform with { LifeType = Narrow(value) },
                Ikev1Attribute.LifeDuration => transform with { LifeDuration = value },
                Ikev1Attribute.KeyLength => transform with { KeyLength = Narrow(value) },
                _ => transform,
            };
        }

        return transform;
    }

    /// <summary>A big-endian number of up to 8 bytes; longer values are not numbers the probe reports.</summary>
    private static ulong? ReadVariable(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 8)
        {
            return null;
        }

        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    private static ushort? Narrow(ulong? value) => value is { } v and <= ushort.MaxValue ? (ushort)v : null;
}
