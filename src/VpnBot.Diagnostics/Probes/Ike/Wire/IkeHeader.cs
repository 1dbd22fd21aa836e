using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>
/// The fixed 28-byte header both IKE versions share (RFC 2408 §3.1, RFC 7296 §3.1): SPIs, the first
/// payload's type, the version, the exchange type, flags, message id and the total length.
/// </summary>
internal readonly record struct IkeHeader(
    ulong InitiatorSpi,
    ulong ResponderSpi,
    byte NextPayload,
    byte MajorVersion,
    byte MinorVersion,
    byte ExchangeType,
    byte Flags,
    uint MessageId,
    uint Length)
{
    /// <summary>RFC 7296 §3.1: the header is 28 octets.</summary>
    public const int Size = 28;

    /// <summary>RFC 7296 §3.1 flag bit 3 (0x08): the sender is the original initiator.</summary>
    public const byte InitiatorFlag = 0x08;

    /// <summary>RFC 7296 §3.1 flag bit 5 (0x20): the message is a response.</summary>
    public const byte ResponseFlag = 0x20;

    /// <summary>RFC 2408 §3.1 flag bit 0 (0x01): the payloads after the header are encrypted (IKEv1).</summary>
    public const byte Ikev1EncryptionFlag = 0x01;

    /// <summary>Reads a header; false when fewer than <see cref="Size"/> bytes are given.</summary>
    public static bool TryRead(ReadOnlySpan<byte> message, out IkeHeader header)
    {
        if (message.Length < Size)
        {
            header = default;
            return false;
        }

        header = new IkeHeader(
            BinaryPrimitives.ReadUInt64BigEndian(message),
            BinaryPrimitives.ReadUInt64BigEndian(message[8..]),
            message[16],
            (byte)(message[17] >> 4),
            (byte)(message[17] & 0x0F),
            message[18],
            message[19],
            BinaryPrimitives.ReadUInt32BigEndian(message[20..]),
            BinaryPrimitives.ReadUInt32BigEndian(message[24..]));
        return true;
    }

    /// <summary>Writes the header into the first <see cref="Size"/> bytes of <paramref name="destination"/>.</summary>
    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, InitiatorSpi);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], ResponderSpi);
        destination[16] = NextPayload;
        destination[17] = (byte)((MajorVersion << 4) | (MinorVersion & 0x0F));
        destination[18] = ExchangeType;
        destination[19] = Flags;
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], MessageId);
        BinaryPrimitives.WriteUInt32BigEndian(destination[24..], Length);
    }

    /// <summary>Reads only the initiator SPI: what a reply must echo to belong to a request.</summary>
    public static bool TryReadInitiatorSpi(ReadOnlySpan<byte> message, out ulong spi)
    {
        if (message.Length < Size)
        {
            spi = 0;
            return false;
        }

        spi = BinaryPrimitives.ReadUInt64BigEndian(message);
        return true;
    }
}
