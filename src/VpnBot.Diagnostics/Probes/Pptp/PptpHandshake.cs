using System.Net;
using VpnBot.Diagnostics.Net;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// Opens a PPTP control connection: TCP to the server, Start-Control-Connection-Request, and exactly
/// one reply read and validated. Used by <c>pptp.control</c>, which reports it, and by <c>gre.path</c>,
/// which places a call over it.
/// </summary>
public sealed class PptpHandshake : IDisposable
{
    /// <summary>The name the probe gives in its request; servers may log it.</summary>
    public const string ProbeHostName = "vpnbot";

    public const string ProbeVendor = "VpnBot diagnostics";

    private PptpHandshake(string outcome, TcpDialResult dial)
    {
        Outcome = outcome;
        Dial = dial;
    }

    /// <summary>One of <see cref="ProbeOutcome"/>: answered, rejected, refused, no-answer, unreachable, silent, malformed.</summary>
    public string Outcome { get; private init; }

    public TcpDialResult Dial { get; }

    /// <summary>The open control connection after a reply; null otherwise.</summary>
    public PptpControlChannel? Channel { get; private init; }

    /// <summary>The parsed Start-Control-Connection-Reply, when one came.</summary>
    public PptpStartReply? Reply { get; private init; }

    /// <summary>What the read of the reply returned (status and bytes), when the connection opened.</summary>
    public PptpRead? Read { get; private init; }

    /// <summary>Why the reply is not PPTP, for <see cref="ProbeOutcome.Malformed"/>.</summary>
    public string? Problem { get; private init; }

    /// <summary>The time given to the reply after the connection opened.</summary>
    public TimeSpan ReplyWait { get; private init; }

    /// <summary>
    /// Runs the handshake within <paramref name="budget"/>: up to two thirds of it for the TCP connection,
    /// the rest for the reply.
    /// </summary>
    public static async Task<PptpHandshake> RunAsync(IPEndPoint server, TimeSpan budget, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(time);
        var started = time.GetTimestamp();
        var dial = await TcpDial.ConnectAsync(server, budget * 2 / 3, time, cancellationToken).ConfigureAwait(false);
        switch (dial.Outcome)
        {
            case TcpOutcome.Refused:
                return new PptpHandshake(ProbeOutcome.Refused, dial);
            case TcpOutcome.TimedOut:
                return new PptpHandshake(ProbeOutcome.NoAnswer, dial);
            case TcpOutcome.Unreachable:
                return new PptpHandshake(ProbeOutcome.Unreachable, dial);
        }

        var channel = new PptpControlChannel(dial.Socket!, time);
        var request = PptpMessages.StartControlConnectionRequest(ProbeHostName, ProbeVendor, firmwareRevision: 1);
        var wait = budget - time.GetElapsedTime(started);
        if (!await channel.SendAsync(request, cancellationToken).ConfigureAwait(false))
        {
            channel.Dispose();
            return new PptpHandshake(ProbeOutcome.Rejected, dial) { Read = new PptpRead(PptpReadStatus.Reset, []), ReplyWait = wait };
        }

        var read = await channel.ReadAsync(wait, cancellationToken).ConfigureAwait(false);
        var outcome = Classify(read, out var reply, out var problem);
        if (reply is null)
        {
            channel.Dispose();
            channel = null;
        }

        return new PptpHandshake(outcome, dial) { Channel = channel, Reply = reply, Read = read, Problem = problem, ReplyWait = wait };
    }

    public void Dispose()
    {
        Channel?.Dispose();
        Dial.Dispose();
    }

    private static string Classify(PptpRead read, out PptpStartReply? reply, out string? problem)
    {
        reply = null;
        problem = null;
        switch (read.Status)
        {
            case PptpReadStatus.TimedOut:
                return ProbeOutcome.Silent;
            case PptpReadStatus.Closed:
            case PptpReadStatus.Reset:
                // Accepted, then hung up without a word: the service turned the connection away.
                return ProbeOutcome.Rejected;
            case PptpReadStatus.Truncated:
                problem = $"connection closed after {read.Bytes.Length} octets of a message";
                return ProbeOutcome.Malformed;
            case PptpReadStatus.Stalled:
                problem = $"{read.Bytes.Length} octets of a message, then nothing";
                return ProbeOutcome.Malformed;
            case PptpReadStatus.NotPptp:
                problem = read.Problem;
                return ProbeOutcome.Malformed;
        }

        var parsed = PptpMessageParser.ParseStartReply(read.Bytes);
        if (!parsed.Ok)
        {
            problem = parsed.Problem;
            return ProbeOutcome.Malformed;
        }

        reply = parsed.Value;
        return reply.Ok ? ProbeOutcome.Answered : ProbeOutcome.Rejected;
    }
}
