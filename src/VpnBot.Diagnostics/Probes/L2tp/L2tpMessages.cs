using System.Buffers.Binary;
using System.Text;

namespace VpnBot.Diagnostics.Probes.L2tp;

/// <summary>Builds the control messages the probe sends (RFC 2661 §3.1, §4.4).</summary>
public static class L2tpMessages
{
    /// <summary>Synchronous and asynchronous framing (§4.4.3), as Windows clients offer.</summary>
    public const uint FramingCapabilities = 0x3;

    /// <summary>Receive window the probe advertises (§4.4.3); it never sends more than two messages.</summary>
    public const ushort ReceiveWindow = 4;

    /// <summary>
    /// Start-Control-Connection-Request (§6.1): Message Type 1, Protocol Version 1.0, Host Name, Framing
    /// Capabilities, Assigned Tunnel ID and Receive Window Size, in tunnel 0 with Ns = Nr = 0.
    /// </summary>
    public static byte[] StartControlConnectionRequest(ushort assignedTunnelId, string hostName)
    {
        var body = new List<byte[]>
        {
            Avp(L2tpAvpType.MessageType, U16((ushort)L2tpMessageType.StartControlConnectionRequest)),
            Avp(L2tpAvpType.ProtocolVersion, [1, 0]),
            Avp(L2tpAvpType.HostName, Encoding.ASCII.GetBytes(hostName)),
            Avp(L2tpAvpType.FramingCapabilities, U32(FramingCapabilities)),
            Avp(L2tpAvpType.AssignedTunnelId, U16(assignedTunnelId)),
            Avp(L2tpAvpType.ReceiveWindowSize, U16(ReceiveWindow)),
        };
        return Message(tunnelId: 0, ns: 0, nr: 0, body);
    }

    /// <summary>
    /// Stop-Control-Connection-Notification (§6.4) to the peer's tunnel, Result Code 1 (general request
    /// to clear the control connection), so the server frees the tunnel at once.
    /// </summary>
    public static byte[] StopControlConnectionNotification(ushort peerTunnelId, ushort assignedTunnelId, ushort ns, ushort nr)
    {
        var body = new List<byte[]>
        {
            Avp(L2tpAvpType.MessageType, U16((ushort)L2tpMessageType.StopControlConnectionNotification)),
            Avp(L2tpAvpType.AssignedTunnelId, U16(assignedTunnelId)),
            Avp(L2tpAvpType.ResultCode, U16(1)),
        };
        return Message(peerTunnelId, ns, nr, body);
    }

    /// <summary>Zero-length body acknowledgement (§5.8): tells the peer its message arrived.</summary>
    public static byte[] ZeroLengthBody(ushort peerTunnelId, ushort ns, ushort nr) => Message(peerTunnelId, ns, nr, []);

    private static byte[] Message(ushort tunnelId, ushort ns, ushort nr, List<byte[]> avps)
    {
        var length = L2tpWire.HeaderLength + avps.Sum(a => a.Length);
        var message = new byte[length];
        BinaryPrimitives.WriteUInt16BigEndian(message, L2tpWire.TypeBit | L2tpWire.LengthBit | L2tpWire.SequenceBit | L2tpWire.Version);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(4), tunnelId);
        // Session ID 0: control connection messages (§3.1).
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(8), ns);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(10), nr);
        var offset = L2tpWire.HeaderLength;
        foreach (var avp in avps)
        {
            avp.CopyTo(message, offset);
            offset += avp.Length;
        }

        return message;
    }

    /// <summary>A mandatory IETF AVP (§4.1): every AVP the probe sends is one the peer must understand.</summary>
    private static byte[] Avp(ushort type, byte[] value)
    {
        var avp = new byte[L2tpWire.AvpHeaderLength + value.Length];
        BinaryPrimitives.WriteUInt16BigEndian(avp, (ushort)(L2tpWire.MandatoryBit | avp.Length));
        BinaryPrimitives.WriteUInt16BigEndian(avp.AsSpan(4), type);
        value.CopyTo(avp, L2tpWire.AvpHeaderLength);
        return avp;
    }

    private static byte[] U16(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] U32(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
