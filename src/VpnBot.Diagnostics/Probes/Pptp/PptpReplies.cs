namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>Start-Control-Connection-Reply, RFC 2637 §2.2.</summary>
public sealed record PptpStartReply(
    ushort ProtocolVersion,
    byte ResultCode,
    byte ErrorCode,
    uint FramingCapabilities,
    uint BearerCapabilities,
    ushort MaximumChannels,
    ushort FirmwareRevision,
    string HostName,
    string Vendor)
{
    /// <summary>Result Code 1: control channel established (§2.2).</summary>
    public bool Ok => ResultCode == 1;

    /// <summary>"1.0" for version 0x0100.</summary>
    public string Version => $"{ProtocolVersion >> 8}.{ProtocolVersion & 0xFF}";
}

/// <summary>Outgoing-Call-Reply, RFC 2637 §2.8.</summary>
public sealed record PptpOutgoingCallReply(ushort CallId, ushort PeerCallId, byte ResultCode, byte ErrorCode, ushort CauseCode, uint ConnectSpeed)
{
    /// <summary>Result Code 1: connected (§2.8).</summary>
    public bool Connected => ResultCode == 1;
}

/// <summary>Call-Disconnect-Notify, RFC 2637 §2.13: the server cleared a call.</summary>
public sealed record PptpCallDisconnectNotify(ushort CallId, byte ResultCode, byte ErrorCode, ushort CauseCode);

/// <summary>Stop-Control-Connection-Request or -Reply, RFC 2637 §2.3 and §2.4 (the first octet after the header: reason or result).</summary>
public sealed record PptpStopControlConnection(PptpControlMessageType Type, byte ReasonOrResult, byte ErrorCode);
