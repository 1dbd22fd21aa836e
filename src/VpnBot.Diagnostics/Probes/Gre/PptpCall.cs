using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>How the server answered the probe's Outgoing-Call-Request.</summary>
public enum PptpCallState
{
    /// <summary>Outgoing-Call-Reply with result 1: the server's PPP should now send GRE.</summary>
    Connected,

    /// <summary>Outgoing-Call-Reply with another result (busy, no carrier, do not accept...).</summary>
    Refused,

    /// <summary>Call-Disconnect-Notify or Stop-Control-Connection-Request from the server.</summary>
    Cleared,

    /// <summary>The server closed or reset the control connection.</summary>
    Closed,

    /// <summary>No reply within the time allowed.</summary>
    NoReply,

    /// <summary>Something that is not a valid reply.</summary>
    Malformed,
}

/// <summary>The answer to a call request, or the event that ended the call.</summary>
public sealed record PptpCallEvent(PptpCallState State)
{
    public PptpOutgoingCallReply? Reply { get; init; }

    public PptpCallDisconnectNotify? Disconnect { get; init; }

    public string? Problem { get; init; }
}

/// <summary>
/// Places a call on an open control connection (RFC 2637 §2.7) and follows the control messages that
/// concern it, answering the server's Echo-Requests (§2.5) so the connection stays up while GRE is awaited.
/// </summary>
public static class PptpCall
{
    /// <summary>Reads control messages until one decides the call, within <paramref name="wait"/>.</summary>
    public static async Task<PptpCallEvent> NextEventAsync(PptpControlChannel channel, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        while (true)
        {
            var left = wait - time.GetElapsedTime(started);
            var read = await channel.ReadAsync(left, cancellationToken).ConfigureAwait(false);
            switch (read.Status)
            {
                case PptpReadStatus.TimedOut:
                    return new PptpCallEvent(PptpCallState.NoReply);
                case PptpReadStatus.Closed:
                case PptpReadStatus.Reset:
                    return new PptpCallEvent(PptpCallState.Closed);
                case PptpReadStatus.Message:
                    break;
                default:
                    return new PptpCallEvent(PptpCallState.Malformed) { Problem = read.Problem ?? $"{read.Status} after {read.Bytes.Length} octets" };
            }

            var type = PptpMessageParser.ParseHeader(read.Bytes).Value;
            switch (type)
            {
                case PptpControlMessageType.OutgoingCallReply:
                    var reply = PptpMessageParser.ParseOutgoingCallReply(read.Bytes);
                    if (!reply.Ok)
                    {
                        return new PptpCallEvent(PptpCallState.Malformed) { Problem = reply.Problem };
                    }

                    return new PptpCallEvent(reply.Value.Connected ? PptpCallState.Connected : PptpCallState.Refused) { Reply = reply.Value };
                case PptpControlMessageType.CallDisconnectNotify:
                    var notify = PptpMessageParser.ParseCallDisconnectNotify(read.Bytes);
                    return notify.Ok
                        ? new PptpCallEvent(PptpCallState.Cleared) { Disconnect = notify.Value }
                        : new PptpCallEvent(PptpCallState.Malformed) { Problem = notify.Problem };
                case PptpControlMessageType.StopControlConnectionRequest:
                    return new PptpCallEvent(PptpCallState.Cleared);
                case PptpControlMessageType.EchoRequest when read.Bytes.Length == 16:
                    await channel.SendAsync(PptpMessages.EchoReply(read.Bytes.AsSpan(12, 4)), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // Set-Link-Info, WAN-Error-Notify and the like say nothing about whether the call stands.
                    break;
            }
        }
    }
}
