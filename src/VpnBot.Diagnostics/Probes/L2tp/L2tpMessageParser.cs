using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.L2tp;

/// <summary>
/// Parses L2TP control messages (RFC 2661 §3.1, §4.1) from untrusted datagrams. Total: any input gives
/// a message or a reason, never an exception.
/// </summary>
public static class L2tpMessageParser
{
    public static WireParse<L2tpControlMessage> Parse(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < L2tpWire.HeaderLength)
        {
            return Fail($"{datagram.Length} octets, shorter than the {L2tpWire.HeaderLength}-octet control header");
        }

        var flags = BinaryPrimitives.ReadUInt16BigEndian(datagram);
        if ((flags & 0x000F) != L2tpWire.Version)
        {
            return Fail($"version {flags & 0x000F}, not 2");
        }

        // T, L and S set, O and P clear: the shape of every control message (§3.1).
        if ((flags & L2tpWire.TypeBit) == 0 || (flags & L2tpWire.LengthBit) == 0 || (flags & L2tpWire.SequenceBit) == 0
            || (flags & (L2tpWire.OffsetBit | L2tpWire.PriorityBit)) != 0)
        {
            return Fail($"flags 0x{flags:x4} are not a control message's (T, L, S set; O, P clear)");
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        if (length < L2tpWire.HeaderLength || length > datagram.Length)
        {
            return Fail($"length field {length} with {datagram.Length} octets");
        }

        var message = datagram[..length];
        var tunnelId = BinaryPrimitives.ReadUInt16BigEndian(message[4..]);
        var sessionId = BinaryPrimitives.ReadUInt16BigEndian(message[6..]);
        var ns = BinaryPrimitives.ReadUInt16BigEndian(message[8..]);
        var nr = BinaryPrimitives.ReadUInt16BigEndian(message[10..]);

        var avps = new List<L2tpAvp>();
        var offset = L2tpWire.HeaderLength;
        while (offset < message.Length)
        {
            var rest = message[offset..];
            if (rest.Length < L2tpWire.AvpHeaderLength)
            {
                return Fail($"{rest.Length} octets left at offset {offset}, shorter than an AVP header");
            }

            var avpFlags = BinaryPrimitives.ReadUInt16BigEndian(rest);
            var avpLength = avpFlags & L2tpWire.AvpLengthMask;
            if ((avpFlags & L2tpWire.AvpReservedBits) != 0)
            {
                return Fail($"AVP at offset {offset} has reserved bits set (0x{avpFlags:x4})");
            }

            if (avpLength < L2tpWire.AvpHeaderLength || avpLength > rest.Length)
            {
                return Fail($"AVP at offset {offset} claims {avpLength} octets, {rest.Length} left");
            }

            avps.Add(new L2tpAvp(
                Mandatory: (avpFlags & L2tpWire.MandatoryBit) != 0,
                Hidden: (avpFlags & L2tpWire.HiddenBit) != 0,
                VendorId: BinaryPrimitives.ReadUInt16BigEndian(rest[2..]),
                Type: BinaryPrimitives.ReadUInt16BigEndian(rest[4..]),
                Value: rest[L2tpWire.AvpHeaderLength..avpLength].ToArray()));
            offset += avpLength;
        }

        if (avps.Count == 0)
        {
            return WireParse<L2tpControlMessage>.Success(new L2tpControlMessage(tunnelId, sessionId, ns, nr, null, []));
        }

        // The Message Type AVP comes first and is never hidden (§4.4.1).
        var first = avps[0];
        if (first.VendorId != 0 || first.Type != L2tpAvpType.MessageType || first.Hidden || first.Value.Length != 2)
        {
            return Fail($"first AVP is vendor {first.VendorId} type {first.Type}{(first.Hidden ? " (hidden)" : string.Empty)}, not a readable Message Type");
        }

        var messageType = BinaryPrimitives.ReadUInt16BigEndian(first.Value);
        return WireParse<L2tpControlMessage>.Success(new L2tpControlMessage(tunnelId, sessionId, ns, nr, messageType, avps.GetRange(1, avps.Count - 1)));
    }

    private static WireParse<L2tpControlMessage> Fail(string problem) => WireParse<L2tpControlMessage>.Fail(problem);
}
