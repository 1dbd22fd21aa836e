using System.Buffers.Binary;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// Parses PPTP control messages (RFC 2637 §2) from untrusted bytes. Every method is total: any input
/// gives a value or a reason, never an exception.
/// </summary>
public static class PptpMessageParser
{
    /// <summary>
    /// Checks the common header of one whole control message: the Length field equals the bytes given,
    /// PPTP Message Type 1 and the Magic Cookie (§2), and returns its Control Message Type.
    /// </summary>
    public static WireParse<PptpControlMessageType> ParseHeader(ReadOnlySpan<byte> message)
    {
        if (message.Length < PptpWire.HeaderLength)
        {
            return WireParse<PptpControlMessageType>.Fail($"{message.Length} octets, shorter than the {PptpWire.HeaderLength}-octet header");
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(message);
        if (length != message.Length)
        {
            return WireParse<PptpControlMessageType>.Fail($"length field {length} but {message.Length} octets");
        }

        var messageType = BinaryPrimitives.ReadUInt16BigEndian(message[2..]);
        if (messageType != PptpWire.ControlMessage)
        {
            return WireParse<PptpControlMessageType>.Fail($"PPTP message type {messageType}, not 1 (control)");
        }

        var cookie = BinaryPrimitives.ReadUInt32BigEndian(message[4..]);
        if (cookie != PptpWire.MagicCookie)
        {
            return WireParse<PptpControlMessageType>.Fail($"magic cookie 0x{cookie:X8}, not 0x1A2B3C4D");
        }

        var type = BinaryPrimitives.ReadUInt16BigEndian(message[8..]);
        return type is >= 1 and <= 15
            ? WireParse<PptpControlMessageType>.Success((PptpControlMessageType)type)
            : WireParse<PptpControlMessageType>.Fail($"control message type {type} is not defined");
    }

    /// <summary>Start-Control-Connection-Reply, §2.2: exactly 156 octets.</summary>
    public static WireParse<PptpStartReply> ParseStartReply(ReadOnlySpan<byte> message)
    {
        if (Expect(message, PptpControlMessageType.StartControlConnectionReply, PptpWire.StartControlConnectionLength) is { } problem)
        {
            return WireParse<PptpStartReply>.Fail(problem);
        }

        var body = message[PptpWire.HeaderLength..];
        return WireParse<PptpStartReply>.Success(new PptpStartReply(
            ProtocolVersion: BinaryPrimitives.ReadUInt16BigEndian(body),
            ResultCode: body[2],
            ErrorCode: body[3],
            FramingCapabilities: BinaryPrimitives.ReadUInt32BigEndian(body[4..]),
            BearerCapabilities: BinaryPrimitives.ReadUInt32BigEndian(body[8..]),
            MaximumChannels: BinaryPrimitives.ReadUInt16BigEndian(body[12..]),
            FirmwareRevision: BinaryPrimitives.ReadUInt16BigEndian(body[14..]),
            HostName: WireText.Printable(body.Slice(16, PptpWire.NameFieldLength)),
            Vendor: WireText.Printable(body.Slice(16 + PptpWire.NameFieldLength, PptpWire.NameFieldLength))));
    }

    /// <summary>Outgoing-Call-Reply, §2.8: exactly 32 octets.</summary>
    public static WireParse<PptpOutgoingCallReply> ParseOutgoingCallReply(ReadOnlySpan<byte> message)
    {
        if (Expect(message, PptpControlMessageType.OutgoingCallReply, PptpWire.OutgoingCallReplyLength) is { } problem)
        {
            return WireParse<PptpOutgoingCallReply>.Fail(problem);
        }

        var body = message[PptpWire.HeaderLength..];
        return WireParse<PptpOutgoingCallReply>.Success(new PptpOutgoingCallReply(
            CallId: BinaryPrimitives.ReadUInt16BigEndian(body),
            PeerCallId: BinaryPrimitives.ReadUInt16BigEndian(body[2..]),
            ResultCode: body[4],
            ErrorCode: body[5],
            CauseCode: BinaryPrimitives.ReadUInt16BigEndian(body[6..]),
            ConnectSpeed: BinaryPrimitives.ReadUInt32BigEndian(body[8..])));
    }

    /// <summary>Call-Disconnect-Notify, §2.13: exactly 148 octets.</summary>
    public static WireParse<PptpCallDisconnectNotify> ParseCallDisconnectNotify(ReadOnlySpan<byte> message)
    {
        if (Expect(message, PptpControlMessageType.CallDisconnectNotify, PptpWire.CallDisconnectNotifyLength) is { } problem)
        {
            return WireParse<PptpCallDisconnectNotify>.Fail(problem);
        }

        var body = message[PptpWire.HeaderLength..];
        return WireParse<PptpCallDisconnectNotify>.Success(new PptpCallDisconnectNotify(
            CallId: BinaryPrimitives.ReadUInt16BigEndian(body),
            ResultCode: body[2],
            ErrorCode: body[3],
            CauseCode: BinaryPrimitives.ReadUInt16BigEndian(body[4..])));
    }

    /// <summary>Stop-Control-Connection-Request or -Reply, §2.3 and §2.4: exactly 16 octets.</summary>
    public static WireParse<PptpStopControlConnection> ParseStopControlConnection(ReadOnlySpan<byte> message)
    {
        var header = ParseHeader(message);
        if (!header.Ok)
        {
            return WireParse<PptpStopControlConnection>.Fail(header.Problem);
        }

        if (header.Value is not (PptpControlMessageType.StopControlConnectionRequest or PptpControlMessageType.StopControlConnectionReply))
        {
            return WireParse<PptpStopControlConnection>.Fail($"control message type {(ushort)header.Value}, not a Stop-Control-Connection message");
        }

        if (message.Length != PptpWire.StopControlConnectionLength)
        {
            return WireParse<PptpStopControlConnection>.Fail($"{message.Length} octets, not {PptpWire.StopControlConnectionLength}");
        }

        return WireParse<PptpStopControlConnection>.Success(new PptpStopControlConnection(header.Value, message[12], message[13]));
    }

    private static string? Expect(ReadOnlySpan<byte> message, PptpControlMessageType type, int length)
    {
        var header = ParseHeader(message);
        if (!header.Ok)
        {
            return header.Problem;
        }

        if (header.Value != type)
        {
            return $"control message type {(ushort)header.Value} ({header.Value}), expected {(ushort)type} ({type})";
        }

        return message.Length == length ? null : $"{type} of {message.Length} octets, not {length}";
    }
}
