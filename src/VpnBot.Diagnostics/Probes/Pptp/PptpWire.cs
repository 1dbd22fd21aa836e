namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>Fixed values of the PPTP control protocol (RFC 2637).</summary>
internal static class PptpWire
{
    /// <summary>PPTP Message Type 1, control message (RFC 2637 §2).</summary>
    public const ushort ControlMessage = 1;

    /// <summary>Magic Cookie carried by every control message, RFC 2637 §2.</summary>
    public const uint MagicCookie = 0x1A2B3C4D;

    /// <summary>Length, PPTP Message Type, Magic Cookie, Control Message Type and Reserved0.</summary>
    public const int HeaderLength = 12;

    /// <summary>Start-Control-Connection-Request and -Reply are 156 octets, RFC 2637 §2.1 and §2.2.</summary>
    public const int StartControlConnectionLength = 156;

    /// <summary>Stop-Control-Connection-Request and -Reply, RFC 2637 §2.3 and §2.4.</summary>
    public const int StopControlConnectionLength = 16;

    /// <summary>Echo-Reply, RFC 2637 §2.6.</summary>
    public const int EchoReplyLength = 20;

    /// <summary>Outgoing-Call-Request, RFC 2637 §2.7.</summary>
    public const int OutgoingCallRequestLength = 168;

    /// <summary>Outgoing-Call-Reply, RFC 2637 §2.8.</summary>
    public const int OutgoingCallReplyLength = 32;

    /// <summary>Call-Clear-Request, RFC 2637 §2.12.</summary>
    public const int CallClearRequestLength = 16;

    /// <summary>Call-Disconnect-Notify, RFC 2637 §2.13.</summary>
    public const int CallDisconnectNotifyLength = 148;

    /// <summary>
    /// The longest control message RFC 2637 defines is Outgoing-Call-Request (168 octets); anything
    /// claiming to be much longer is not PPTP and is not read.
    /// </summary>
    public const int MaxMessageLength = 512;

    /// <summary>Protocol version 1.0, RFC 2637 §2.1: major in the high octet.</summary>
    public const ushort ProtocolVersion = 0x0100;

    /// <summary>Host Name and Vendor String fields are 64 octets, RFC 2637 §2.1.</summary>
    public const int NameFieldLength = 64;
}
