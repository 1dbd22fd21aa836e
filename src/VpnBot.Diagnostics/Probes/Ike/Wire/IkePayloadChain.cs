using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>
/// Walks the payload chain after the header: every payload starts with a 4-byte generic header
/// (next payload, flags, length including the header; RFC 2408 §3.2, RFC 7296 §3.2). Every length is
/// checked against what is left of the message before anything is read.
/// </summary>
internal static class IkePayloadChain
{
    /// <summary>Size of the generic payload header.</summary>
    public const int HeaderSize = 4;

    /// <summary>RFC 7296 §3.2: next payload type 0 ends the chain.</summary>
    public const byte NoNextPayload = 0;

    /// <summary>
    /// Collects the payloads of <paramref name="message"/> from <paramref name="start"/> on, the first of
    /// type <paramref name="first"/>. Returns null when the chain ends exactly at the end of the message.
    /// </summary>
    public static IkeParseFailure? Walk(ReadOnlyMemory<byte> message, int start, byte first, List<IkePayload> payloads)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        var span = message.Span;
        var offset = start;
        var type = first;
        while (type != NoNextPayload)
        {
            if (span.Length - offset < HeaderSize)
            {
                return new IkeParseFailure(IkeMalformation.PayloadTruncated, offset);
            }

            var next = span[offset];
            var critical = (span[offset + 1] & 0x80) != 0;
            int length = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 2)..]);
            if (length < HeaderSize || length > span.Length - offset)
            {
                return new IkeParseFailure(IkeMalformation.PayloadTruncated, offset);
            }

            payloads.Add(new IkePayload(type, critical, offset, message.Slice(offset + HeaderSize, length - HeaderSize)));
            offset += length;
            type = next;
        }

        return offset == span.Length ? null : new IkeParseFailure(IkeMalformation.LengthMismatch, offset);
    }
}
