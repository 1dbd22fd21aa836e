namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// Ends a control connection the way RFC 2637 §2.3 asks: Stop-Control-Connection-Request, a short wait
/// for the reply, then close, so the server frees the connection at once instead of at its idle timeout.
/// </summary>
public static class PptpGoodbye
{
    /// <summary>Evidence key for how the goodbye went: <c>replied</c>, <c>closed</c> (the server hung up instead) or <c>no-reply</c>.</summary>
    public const string EvidenceKey = "stop";

    /// <summary>Longest wait for the Stop-Control-Connection-Reply.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(300);

    /// <summary>Says goodbye within <paramref name="wait"/> (capped at <see cref="MaxWait"/>) and tells how the server took it.</summary>
    public static async Task<string> SayAsync(PptpControlChannel channel, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        var allowed = wait < MaxWait ? wait : MaxWait;
        if (!await channel.SendAsync(PptpMessages.StopControlConnectionRequest(), cancellationToken).ConfigureAwait(false))
        {
            return "closed";
        }

        // Echo-Requests or call messages (a Call-Disconnect-Notify) may still be queued ahead of the reply.
        for (var i = 0; i < 4; i++)
        {
            var left = allowed - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            var read = await channel.ReadAsync(left, cancellationToken).ConfigureAwait(false);
            if (read.Status is PptpReadStatus.Closed or PptpReadStatus.Reset)
            {
                return "closed";
            }

            if (!read.IsMessage)
            {
                break;
            }

            var stop = PptpMessageParser.ParseStopControlConnection(read.Bytes);
            if (stop.Ok && stop.Value.Type == PptpControlMessageType.StopControlConnectionReply)
            {
                return "replied";
            }
        }

        return "no-reply";
    }
}
