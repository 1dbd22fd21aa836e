using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// Parses what a raw GRE socket receives: an IPv4 datagram (the kernel hands it over with its header)
/// or, on IPv6, the GRE packet alone. Total over any input.
/// </summary>
public static class GrePacketParser
{
    /// <summary>IP protocol number of GRE (IANA), RFC 2784.</summary>
    public const int IpProtocol = 47;

    /// <summary>Protocol Type of PPP in GRE: 0x880B, RFC 2637 §4.1.</summary>
    public const ushort PppProtocolType = 0x880B;

    /// <summary>Parses an IPv4 datagram carrying GRE.</summary>
    public static WireParse<GrePacket> ParseIPv4(ReadOnlySpan<byte> datagram)
    {
        if (datagram.Length < 20)
        {
            return WireParse<GrePacket>.Fail($"{datagram.Length} octets, shorter than an IPv4 header");
        }

        if (datagram[0] >> 4 != 4)
        {
            return WireParse<GrePacket>.Fail($"IP version {datagram[0] >> 4}, not 4");
        }

        var headerLength = (datagram[0] & 0x0F) * 4;
        if (headerLength < 20 || headerLength > datagram.Length)
        {
            return WireParse<GrePacket>.Fail($"IPv4 header length {headerLength} with {datagram.Length} octets");
        }

        if (datagram[9] != IpProtocol)
        {
            return WireParse<GrePacket>.Fail($"IP protocol {datagram[9]}, not {IpProtocol}");
        }

        var total = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        var end = total >= headerLength && total <= datagram.Length ? total : datagram.Length;
        return Parse(datagram[headerLength..end]);
    }

    /// <summary>Parses an enhanced GRE header and its payload, RFC 2637 §4.1.</summary>
    public static WireParse<GrePacket> Parse(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < 8)
        {
            return WireParse<GrePacket>.Fail($"{packet.Length} octets, shorter than the 8-octet enhanced GRE header");
        }

        var flags = packet[0];
        var version = packet[1] & 0x07;
        if (version != 1)
        {
            return WireParse<GrePacket>.Fail($"GRE version {version}, not 1 (enhanced GRE)");
        }

        // C, R and s are 0 and K is 1 in PPTP's GRE (§4.1).
        if ((flags & 0x80) != 0 || (flags & 0x40) != 0 || (flags & 0x08) != 0 || (flags & 0x20) == 0)
        {
            return WireParse<GrePacket>.Fail($"GRE flags 0x{flags:x2} are not PPTP's (K set; C, R, s clear)");
        }

        var protocol = BinaryPrimitives.ReadUInt16BigEndian(packet[2..]);
        if (protocol != PppProtocolType)
        {
            return WireParse<GrePacket>.Fail($"protocol type 0x{protocol:x4}, not 0x880b (PPP)");
        }

        var payloadLength = BinaryPrimitives.ReadUInt16BigEndian(packet[4..]);
        var callId = BinaryPrimitives.ReadUInt16BigEndian(packet[6..]);
        var offset = 8;
        uint? sequence = null;
        uint? ack = null;
        if ((flags & 0x10) != 0)
        {
            if (packet.Length < offset + 4)
            {
                return WireParse<GrePacket>.Fail("S bit set but no sequence number");
            }

            sequence = BinaryPrimitives.ReadUInt32BigEndian(packet[offset..]);
            offset += 4;
        }

        if ((packet[1] & 0x80) != 0)
        {
            if (packet.Length < offset + 4)
            {
                return WireParse<GrePacket>.Fail("A bit set but no acknowledgment number");
            }

            ack = BinaryPrimitives.ReadUInt32BigEndian(packet[offset..]);
            offset += 4;
        }

        var payload = packet[offset..];
        if (payload.Length < payloadLength)
        {
            return WireParse<GrePacket>.Fail($"payload length {payloadLength} but {payload.Length} octets");
        }

        return WireParse<GrePacket>.Success(new GrePacket(callId, payloadLength, sequence, ack, payload[..payloadLength].ToArray()));
    }
}
