using System.Net;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// Watches a connected call: the raw socket for the server's GRE and the control connection for the
/// server dropping the call, until one of them speaks or the wait runs out.
/// </summary>
internal static class GreWatch
{
    /// <summary>Waits for the server's GRE for the call while following the control connection, whichever speaks first.</summary>
    public static async Task<(GrePacket? Packet, PptpCallEvent? Ended)> AwaitGreAsync(
        GreSocket gre, PptpControlChannel channel, IPAddress server, ushort callId, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        using var waitCts = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, waitCts.Token);
        var greTask = gre.ReceiveAsync(server, callId, linked.Token);
        var started = time.GetTimestamp();
        PptpCallEvent? ended = null;
        while (true)
        {
            var controlTask = PptpCall.NextEventAsync(channel, wait - time.GetElapsedTime(started), time, linked.Token);
            await Task.WhenAny(greTask, controlTask).ConfigureAwait(false);
            if (greTask.IsCompleted && await greTask.ConfigureAwait(false) is { } packet)
            {
                await linked.CancelAsync().ConfigureAwait(false);
                await Quietly(controlTask, cancellationToken).ConfigureAwait(false);
                return (packet, null);
            }

            var controlEvent = await Quietly(controlTask, cancellationToken).ConfigureAwait(false);
            if (controlEvent is null or { State: PptpCallState.NoReply })
            {
                // The wait is over: the GRE task ends with it.
                await linked.CancelAsync().ConfigureAwait(false);
                return (await greTask.ConfigureAwait(false), controlEvent);
            }

            if (controlEvent.State != PptpCallState.Connected)
            {
                ended = controlEvent;
                break;
            }
        }

        await linked.CancelAsync().ConfigureAwait(false);
        return (await greTask.ConfigureAwait(false), ended);
    }

    private static async Task<PptpCallEvent?> Quietly(Task<PptpCallEvent> task, CancellationToken cancellationToken)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
