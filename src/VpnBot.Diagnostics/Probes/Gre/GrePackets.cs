using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>Builds the GRE packet the probe sends, as a PPTP client opens its PPP (RFC 2637 §4.1).</summary>
public static class GrePackets
{
    /// <summary>
    /// A GRE packet with sequence number 0 carrying an LCP Configure-Request (RFC 1661 §5.1) with a
    /// Magic-Number option: what a client sends first. Going out first also opens the state a NAT or
    /// stateful firewall keeps for GRE, as it would for a real client.
    /// </summary>
    public static byte[] LcpConfigureRequest(ushort peerCallId, uint magicNumber)
    {
        byte[] ppp =
        [
            0xFF, 0x03, 0xC0, 0x21,     // address, control, protocol LCP
            0x01, 0x01, 0x00, 0x0A,     // Configure-Request, identifier 1, length 10
            0x05, 0x06, 0, 0, 0, 0,     // Magic-Number option (RFC 1661 §6.4)
        ];
        BinaryPrimitives.WriteUInt32BigEndian(ppp.AsSpan(10), magicNumber);

        var packet = new byte[12 + ppp.Length];
        packet[0] = 0x30;               // K and S set
        packet[1] = 0x01;               // version 1
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), GrePacketParser.PppProtocolType);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(4), (ushort)ppp.Length);
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(6), peerCallId);
        // Sequence number 0 at offset 8.
        ppp.CopyTo(packet.AsSpan(12));
        return packet;
    }
}
