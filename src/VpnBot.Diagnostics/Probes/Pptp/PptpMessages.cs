using System.Buffers.Binary;
using System.Text;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>Builds the control messages the probes send, in network byte order (RFC 2637 §2).</summary>
public static class PptpMessages
{
    /// <summary>Asynchronous and synchronous framing (RFC 2637 §2.1, Framing Capabilities bits 1 and 2), as Windows clients offer.</summary>
    public const uint FramingCapabilities = 0x3;

    /// <summary>Analog and digital access (RFC 2637 §2.1, Bearer Capabilities bits 1 and 2).</summary>
    public const uint BearerCapabilities = 0x3;

    /// <summary>Start-Control-Connection-Request, RFC 2637 §2.1: opens the control connection.</summary>
    public static byte[] StartControlConnectionRequest(string hostName, string vendor, ushort firmwareRevision)
    {
        var message = Header(PptpWire.StartControlConnectionLength, PptpControlMessageType.StartControlConnectionRequest);
        var body = message.AsSpan(PptpWire.HeaderLength);
        BinaryPrimitives.WriteUInt16BigEndian(body, PptpWire.ProtocolVersion);
        // body[2..4] Reserved1 stays zero.
        BinaryPrimitives.WriteUInt32BigEndian(body[4..], FramingCapabilities);
        BinaryPrimitives.WriteUInt32BigEndian(body[8..], BearerCapabilities);
        // Maximum Channels: a PNS SHOULD send 0 and the PAC MUST ignore it (§2.1).
        BinaryPrimitives.WriteUInt16BigEndian(body[14..], firmwareRevision);
        WriteName(body.Slice(16, PptpWire.NameFieldLength), hostName);
        WriteName(body.Slice(16 + PptpWire.NameFieldLength, PptpWire.NameFieldLength), vendor);
        return message;
    }

    /// <summary>Stop-Control-Connection-Request, RFC 2637 §2.3, reason 1 (general request to clear the control connection).</summary>
    public static byte[] StopControlConnectionRequest()
    {
        var message = Header(PptpWire.StopControlConnectionLength, PptpControlMessageType.StopControlConnectionRequest);
        message[PptpWire.HeaderLength] = 1;
        return message;
    }

    /// <summary>
    /// Outgoing-Call-Request, RFC 2637 §2.7: asks the server to place a call, which starts its PPP and so its GRE.
    /// The window and speeds are what Windows clients send.
    /// </summary>
    public static byte[] OutgoingCallRequest(ushort callId, ushort callSerialNumber)
    {
        var message = Header(PptpWire.OutgoingCallRequestLength, PptpControlMessageType.OutgoingCallRequest);
        var body = message.AsSpan(PptpWire.HeaderLength);
        BinaryPrimitives.WriteUInt16BigEndian(body, callId);
        BinaryPrimitives.WriteUInt16BigEndian(body[2..], callSerialNumber);
        BinaryPrimitives.WriteUInt32BigEndian(body[4..], 300);            // Minimum BPS
        BinaryPrimitives.WriteUInt32BigEndian(body[8..], 100_000_000);    // Maximum BPS
        BinaryPrimitives.WriteUInt32BigEndian(body[12..], 3);             // Bearer Type: either
        BinaryPrimitives.WriteUInt32BigEndian(body[16..], 3);             // Framing Type: either
        BinaryPrimitives.WriteUInt16BigEndian(body[20..], 64);            // Packet Receive Window Size
        // Packet Processing Delay, Phone Number Length, Reserved1, Phone Number and Subaddress stay zero.
        return message;
    }

    /// <summary>Call-Clear-Request, RFC 2637 §2.12: hangs up the call the probe placed.</summary>
    public static byte[] CallClearRequest(ushort callId)
    {
        var message = Header(PptpWire.CallClearRequestLength, PptpControlMessageType.CallClearRequest);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(PptpWire.HeaderLength), callId);
        return message;
    }

    /// <summary>Echo-Reply, RFC 2637 §2.6: answers the server's keep-alive with its identifier, result 1 (OK).</summary>
    public static byte[] EchoReply(ReadOnlySpan<byte> identifier)
    {
        var message = Header(PptpWire.EchoReplyLength, PptpControlMessageType.EchoReply);
        identifier[..4].CopyTo(message.AsSpan(PptpWire.HeaderLength));
        message[PptpWire.HeaderLength + 4] = 1;
        return message;
    }

    private static byte[] Header(int length, PptpControlMessageType type)
    {
        var message = new byte[length];
        BinaryPrimitives.WriteUInt16BigEndian(message, (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), PptpWire.ControlMessage);
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(4), PptpWire.MagicCookie);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(8), (ushort)type);
        return message;
    }

    /// <summary>ASCII, NUL padded, cut to leave at least one NUL (RFC 2637 §2.1: "padded with nulls").</summary>
    private static void WriteName(Span<byte> field, string text)
    {
        var length = Math.Min(text.Length, field.Length - 1);
        Encoding.ASCII.GetBytes(text.AsSpan(0, length), field);
    }
}
