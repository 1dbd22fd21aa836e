namespace VpnBot.Diagnostics.Probes.L2tp;

/// <summary>Fixed values of the L2TP control protocol (RFC 2661).</summary>
internal static class L2tpWire
{
    /// <summary>Type bit: control message (§3.1).</summary>
    public const ushort TypeBit = 0x8000;

    /// <summary>Length bit: the Length field is present, required for control messages (§3.1).</summary>
    public const ushort LengthBit = 0x4000;

    /// <summary>Sequence bit: Ns and Nr are present, required for control messages (§3.1).</summary>
    public const ushort SequenceBit = 0x0800;

    /// <summary>Offset bit: MUST be 0 in control messages (§3.1).</summary>
    public const ushort OffsetBit = 0x0200;

    /// <summary>Priority bit: MUST be 0 in control messages (§3.1).</summary>
    public const ushort PriorityBit = 0x0100;

    /// <summary>Version 2 in the low nibble (§3.1).</summary>
    public const int Version = 2;

    /// <summary>Flags/version, Length, Tunnel ID, Session ID, Ns and Nr: 12 octets (§3.1).</summary>
    public const int HeaderLength = 12;

    /// <summary>AVP header: M/H/reserved/length, Vendor ID and Attribute Type: 6 octets (§4.1).</summary>
    public const int AvpHeaderLength = 6;

    /// <summary>Mandatory bit of an AVP (§4.1).</summary>
    public const ushort MandatoryBit = 0x8000;

    /// <summary>Hidden bit of an AVP: the value is encrypted with the tunnel secret (§4.3).</summary>
    public const ushort HiddenBit = 0x4000;

    /// <summary>Reserved AVP bits, MUST be 0 (§4.1).</summary>
    public const ushort AvpReservedBits = 0x3C00;

    /// <summary>The 10-bit Overall Length of an AVP (§4.1).</summary>
    public const ushort AvpLengthMask = 0x03FF;
}

/// <summary>Message Type AVP values, RFC 2661 §3.2.</summary>
public enum L2tpMessageType : ushort
{
    StartControlConnectionRequest = 1,
    StartControlConnectionReply = 2,
    StartControlConnectionConnected = 3,
    StopControlConnectionNotification = 4,
    Hello = 6,
}

/// <summary>Attribute Types of the IETF AVPs the probe reads or writes (Vendor ID 0), RFC 2661 §4.4.</summary>
public static class L2tpAvpType
{
    public const ushort MessageType = 0;
    public const ushort ResultCode = 1;
    public const ushort ProtocolVersion = 2;
    public const ushort FramingCapabilities = 3;
    public const ushort BearerCapabilities = 4;
    public const ushort FirmwareRevision = 6;
    public const ushort HostName = 7;
    public const ushort VendorName = 8;
    public const ushort AssignedTunnelId = 9;
    public const ushort ReceiveWindowSize = 10;
}
