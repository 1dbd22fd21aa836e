namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>How reading one control message ended.</summary>
public enum PptpReadStatus
{
    /// <summary>A whole message with a valid PPTP header.</summary>
    Message,

    /// <summary>The peer closed the connection before sending anything.</summary>
    Closed,

    /// <summary>The peer reset the connection.</summary>
    Reset,

    /// <summary>Nothing arrived within the time allowed.</summary>
    TimedOut,

    /// <summary>Part of a message arrived, then the peer closed.</summary>
    Truncated,

    /// <summary>Part of a message arrived, then nothing more within the time allowed.</summary>
    Stalled,

    /// <summary>The bytes are not a PPTP control message (length out of range, wrong cookie or type).</summary>
    NotPptp,
}

/// <summary>One read from the control connection: the message, or what came instead.</summary>
/// <param name="Status">How the read ended.</param>
/// <param name="Bytes">The message, or whatever arrived before the read ended.</param>
/// <param name="Problem">Why the bytes are not PPTP, for <see cref="PptpReadStatus.NotPptp"/>.</param>
public sealed record PptpRead(PptpReadStatus Status, byte[] Bytes, string? Problem = null)
{
    public bool IsMessage => Status == PptpReadStatus.Message;
}
