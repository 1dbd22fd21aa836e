namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>An enhanced GRE packet as PPTP carries PPP in it (RFC 2637 §4.1).</summary>
/// <param name="CallId">The Call ID in the Key field: the receiver's call.</param>
/// <param name="PayloadLength">Payload Length from the Key field.</param>
/// <param name="Sequence">Sequence Number when the S bit is set.</param>
/// <param name="Acknowledgment">Acknowledgment Number when the A bit is set.</param>
/// <param name="Payload">The PPP frame; empty in an acknowledgment-only packet.</param>
public sealed record GrePacket(ushort CallId, ushort PayloadLength, uint? Sequence, uint? Acknowledgment, byte[] Payload)
{
    /// <summary>PPP protocol number of the payload (0xC021 is LCP), or null when there is no PPP frame.</summary>
    public ushort? PppProtocol
    {
        get
        {
            var frame = Payload.AsSpan();
            // Address and control field 0xFF 0x03 may be compressed away (RFC 1662 §3.2).
            if (frame.Length >= 2 && frame[0] == 0xFF && frame[1] == 0x03)
            {
                frame = frame[2..];
            }

            if (frame.IsEmpty)
            {
                return null;
            }

            // Protocol field compression: an odd first octet is a one-octet protocol (RFC 1661 §6.5).
            return (frame[0] & 1) == 1 ? frame[0] : frame.Length >= 2 ? (ushort)((frame[0] << 8) | frame[1]) : null;
        }
    }

    /// <summary>"lcp", "ppp-0x8021"-style for other protocols, or "none" for an acknowledgment-only packet.</summary>
    public string PayloadKind => PppProtocol switch
    {
        null => "none",
        0xC021 => "lcp",
        { } other => $"ppp-0x{other:x4}",
    };
}
