using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// <c>gre.path</c>: GRE (IP protocol 47) passes between here and the PPTP server. GRE only flows inside a
/// PPTP call, so the probe opens a control connection, places a call (RFC 2637 §2.7), sends the LCP
/// Configure-Request a client sends, and waits on a raw socket for the server's GRE for that call.
/// A server that refuses or clears the call is reported as such: that says nothing about the path.
/// </summary>
public sealed class GrePathCheck : ICheck
{
    /// <summary>Windows client errors missing GRE explains: 806 (GRE blocked), 619 on older clients.</summary>
    public static readonly IReadOnlyList<string> FailureCodes = ["806", "619"];

    public string Id => CheckIds.GrePath;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.Pptp))
        {
            yield break;
        }

        yield return new CheckUnit(Id, target.Fqdn, RunAsync);
    }

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is null)
        {
            return UnresolvedAddress.Skip(Id, target.Fqdn, target.Fqdn);
        }

        var endpoint = new IPEndPoint(server.Address, target.Ports.Pptp);
        using var gre = GreSocket.TryOpen(server.Address.AddressFamily, out var reason);
        if (gre is null)
        {
            return Skip(target.Fqdn, Text(nameof(GreText.NotCapable), reason), new() { ["reason"] = reason ?? "?" });
        }

        var time = context.Time;
        var budget = ProbeBudget.Of(context.Remaining);
        var started = time.GetTimestamp();
        TimeSpan Left() => budget.Work - time.GetElapsedTime(started);

        using var handshake = await PptpHandshake.RunAsync(endpoint, budget.Work / 2, time, cancellationToken).ConfigureAwait(false);
        if (handshake.Channel is not { } channel || handshake.Outcome != ProbeOutcome.Answered)
        {
            return Skip(target.Fqdn, Text(nameof(GreText.NoControl), endpoint, handshake.Outcome), new()
            {
                ["control"] = handshake.Outcome,
                ["address"] = endpoint.ToString(),
            });
        }

        var callId = (ushort)RandomNumberGenerator.GetInt32(1, 0x10000);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["address"] = endpoint.ToString(),
            ["callId"] = callId.ToString(CultureInfo.InvariantCulture),
        };
        await channel.SendAsync(PptpMessages.OutgoingCallRequest(callId, callSerialNumber: callId), cancellationToken).ConfigureAwait(false);
        var answer = await PptpCall.NextEventAsync(channel, Left(), time, cancellationToken).ConfigureAwait(false);
        Finding finding;
        var callUp = false;
        var controlOpen = answer.State != PptpCallState.Closed;
        if (answer.State != PptpCallState.Connected)
        {
            finding = CallFailed(target.Fqdn, endpoint, answer, Left(), evidence);
        }
        else
        {
            var reply = answer.Reply!;
            evidence["peerCallId"] = reply.CallId.ToString(CultureInfo.InvariantCulture);
            var connected = time.GetTimestamp();
            var sent = await gre.SendAsync(GrePackets.LcpConfigureRequest(reply.CallId, (uint)RandomNumberGenerator.GetInt32(int.MaxValue)), server.Address, cancellationToken).ConfigureAwait(false);
            evidence["greSent"] = sent ? "true" : "false";
            var (packet, ended) = await AwaitGreAsync(gre, channel, server.Address, callId, Left(), time, cancellationToken).ConfigureAwait(false);
            var sinceConnected = time.GetElapsedTime(connected);
            evidence["greIgnored"] = gre.Ignored.ToString(CultureInfo.InvariantCulture);
            callUp = ended is null or { State: PptpCallState.NoReply };
            controlOpen = ended is not { State: PptpCallState.Closed };
            if (packet is not null)
            {
                finding = Seen(target.Fqdn, server.Address, packet, sinceConnected, evidence);
            }
            else if (callUp)
            {
                finding = NoGre(target.Fqdn, endpoint, sinceConnected, evidence);
            }
            else
            {
                finding = CallFailed(target.Fqdn, endpoint, ended!, sinceConnected, evidence);
            }
        }

        var goodbye = controlOpen ? await SayGoodbyeAsync(channel, callId, callUp, budget.Goodbye, time, cancellationToken).ConfigureAwait(false) : "closed";
        var final = new Dictionary<string, string>(finding.Evidence, StringComparer.Ordinal)
        {
            ["elapsedMs"] = PptpEvidence.Ms(context.Elapsed),
            [PptpGoodbye.EvidenceKey] = goodbye,
        };
        return finding with { Evidence = final };
    }

    /// <summary>Waits for the server's GRE for the call while following the control connection, whichever speaks first.</summary>
    private static async Task<(GrePacket? Packet, PptpCallEvent? Ended)> AwaitGreAsync(
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

    /// <summary>
    /// Hangs up the call (§2.12) when it still stands, then closes the control connection (§2.3). pptpd
    /// ends the whole control connection when its call is cleared, so "closed" is a normal answer here.
    /// </summary>
    private static async Task<string> SayGoodbyeAsync(
        PptpControlChannel channel, ushort callId, bool callUp, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        if (callUp)
        {
            await channel.SendAsync(PptpMessages.CallClearRequest(callId), cancellationToken).ConfigureAwait(false);
        }

        return await PptpGoodbye.SayAsync(channel, wait, time, cancellationToken).ConfigureAwait(false);
    }

    private Finding Seen(string subject, IPAddress server, GrePacket packet, TimeSpan delay, Dictionary<string, string> evidence)
    {
        evidence = Outcome(ProbeOutcome.Answered, evidence);
        evidence["greFrom"] = server.ToString();
        evidence["greDelayMs"] = PptpEvidence.Ms(delay);
        evidence["grePayload"] = packet.PayloadKind;
        if (packet.Sequence is { } sequence)
        {
            evidence["greSequence"] = sequence.ToString(CultureInfo.InvariantCulture);
        }

        return new Finding
        {
            Check = Id,
            Subject = subject,
            Status = CheckStatus.Pass,
            Summary = Text(nameof(GreText.Seen), server, (long)delay.TotalMilliseconds, packet.PayloadKind),
            Evidence = evidence,
        };
    }

    private Finding NoGre(string subject, IPEndPoint endpoint, TimeSpan waited, Dictionary<string, string> evidence)
    {
        evidence = Outcome(ProbeOutcome.NoAnswer, evidence);
        evidence["waitedMs"] = PptpEvidence.Ms(waited);
        return new Finding
        {
            Check = Id,
            Subject = subject,
            Status = CheckStatus.Fail,
            Summary = Text(nameof(GreText.NoGre), endpoint.Address, (long)waited.TotalMilliseconds),
            Evidence = evidence,
            ErrorCodes = FailureCodes,
            Remediation = [Text(nameof(GreText.RemedyAllowGre)), PptpControlCheck.Deprecated()],
        };
    }

    /// <summary>The server did not carry the call: an error of this probe, not a verdict on the path.</summary>
    private Finding CallFailed(string subject, IPEndPoint endpoint, PptpCallEvent ended, TimeSpan after, Dictionary<string, string> evidence)
    {
        var at = endpoint.Address;
        evidence["callState"] = ended.State switch
        {
            PptpCallState.Refused => "refused",
            PptpCallState.Cleared => "cleared",
            PptpCallState.Closed => "closed",
            PptpCallState.NoReply => "no-reply",
            _ => "malformed",
        };
        string outcome;
        LocalizedText summary;
        switch (ended.State)
        {
            case PptpCallState.Refused:
                var reply = ended.Reply!;
                outcome = ProbeOutcome.Rejected;
                evidence["callResult"] = reply.ResultCode.ToString(CultureInfo.InvariantCulture);
                evidence["callError"] = reply.ErrorCode.ToString(CultureInfo.InvariantCulture);
                evidence["callCause"] = reply.CauseCode.ToString(CultureInfo.InvariantCulture);
                summary = Text(nameof(GreText.CallRefused), at, reply.ResultCode, CallResultMeaning(reply.ResultCode), reply.ErrorCode);
                break;
            case PptpCallState.Cleared:
                var notify = ended.Disconnect;
                outcome = ProbeOutcome.Rejected;
                if (notify is not null)
                {
                    evidence["callResult"] = notify.ResultCode.ToString(CultureInfo.InvariantCulture);
                    evidence["callError"] = notify.ErrorCode.ToString(CultureInfo.InvariantCulture);
                    evidence["callCause"] = notify.CauseCode.ToString(CultureInfo.InvariantCulture);
                }

                summary = Text(nameof(GreText.CallCleared), at, notify?.ResultCode.ToString(CultureInfo.InvariantCulture) ?? "-", notify?.ErrorCode.ToString(CultureInfo.InvariantCulture) ?? "-", notify?.CauseCode.ToString(CultureInfo.InvariantCulture) ?? "-");
                break;
            case PptpCallState.Closed:
                outcome = ProbeOutcome.Rejected;
                evidence["closedAfterMs"] = PptpEvidence.Ms(after);
                summary = Text(nameof(GreText.CallClosed), at, (long)after.TotalMilliseconds);
                break;
            case PptpCallState.NoReply:
                outcome = ProbeOutcome.Silent;
                evidence["waitedMs"] = PptpEvidence.Ms(after);
                summary = Text(nameof(GreText.CallNoReply), at, (long)after.TotalMilliseconds);
                break;
            default:
                outcome = ProbeOutcome.Malformed;
                evidence["reason"] = ended.Problem ?? "?";
                summary = Text(nameof(GreText.CallMalformed), at, ended.Problem ?? "?");
                break;
        }

        return new Finding
        {
            Check = Id,
            Subject = subject,
            Status = CheckStatus.Error,
            Summary = summary,
            Evidence = Outcome(outcome, evidence),
            Remediation = [Text(nameof(GreText.RemedyServerCall))],
        };
    }

    private Finding Skip(string subject, LocalizedText summary, Dictionary<string, string> evidence) => new()
    {
        Check = Id,
        Subject = subject,
        Status = CheckStatus.Skip,
        Summary = summary,
        Evidence = evidence,
    };

    /// <summary>The meaning of an Outgoing-Call-Reply result code, RFC 2637 §2.8.</summary>
    public static LocalizedText CallResultMeaning(byte resultCode) => resultCode switch
    {
        2 => Text(nameof(GreText.CallResultGeneralError)),
        3 => Text(nameof(GreText.CallResultNoCarrier)),
        4 => Text(nameof(GreText.CallResultBusy)),
        5 => Text(nameof(GreText.CallResultNoDialTone)),
        6 => Text(nameof(GreText.CallResultTimeout)),
        7 => Text(nameof(GreText.CallResultDoNotAccept)),
        _ => Text(nameof(GreText.CallResultUnknown)),
    };

    /// <summary>Puts <c>outcome</c> first, as every probe's evidence starts.</summary>
    private static Dictionary<string, string> Outcome(string outcome, Dictionary<string, string> evidence)
    {
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal) { [ProbeOutcome.Key] = outcome };
        foreach (var (key, value) in evidence)
        {
            ordered[key] = value;
        }

        return ordered;
    }

    private static LocalizedText Text(string name, params object?[] args) => TunnelText.Format(GreText.ResourceManager, name, args);
}
