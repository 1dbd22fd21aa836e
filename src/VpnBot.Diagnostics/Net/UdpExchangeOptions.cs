namespace VpnBot.Diagnostics.Net;

/// <summary>
/// Retransmission schedule for UDP probes. The defaults are ike-scan's (3 tries, 500 ms first wait,
/// ×1.5 backoff), so a silent port costs the same 2.4 s an administrator is used to, and never more
/// than the unit's budget.
/// </summary>
public sealed record UdpExchangeOptions
{
    public static UdpExchangeOptions Default { get; } = new();

    /// <summary>How many datagrams to send at most. Default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>How long to wait for a reply to the first datagram. Default 500 ms.</summary>
    public TimeSpan FirstWait { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Factor applied to the wait before each resend. Default 1.5.</summary>
    public double Backoff { get; init; } = 1.5;
}
