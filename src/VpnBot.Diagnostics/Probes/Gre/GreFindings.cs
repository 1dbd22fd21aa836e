using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Probes.Gre;

/// <summary>
/// The findings of <c>gre.path</c>. Keys: <c>outcome</c>, <c>address</c>, <c>callId</c>, <c>peerCallId</c>,
/// <c>greSent</c>, <c>greIgnored</c>; when GRE came <c>greFrom</c>, <c>greDelayMs</c>, <c>grePayload</c>,
/// <c>greSequence</c>; when it did not <c>waitedMs</c>; when the server dropped the call <c>callState</c>
/// (refused, cleared, closed, no-reply, malformed), <c>callResult</c>, <c>callError</c>, <c>callCause</c>,
/// <c>closedAfterMs</c>, <c>reason</c>; skips carry <c>reason</c> or <c>control</c> (pptp.control's outcome).
/// <see cref="GrePathCheck"/> adds <c>elapsedMs</c> and <c>stop</c> to every finding that placed a call.
/// </summary>
internal static class GreFindings
{
    public static Finding Seen(string subject, IPAddress server, GrePacket packet, TimeSpan delay, Dictionary<string, string> evidence)
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
            Check = CheckIds.GrePath,
            Subject = subject,
            Status = CheckStatus.Pass,
            Summary = Text(nameof(GreText.Seen), server, (long)delay.TotalMilliseconds, packet.PayloadKind),
            Evidence = evidence,
        };
    }

    public static Finding NoGre(string subject, IPEndPoint endpoint, TimeSpan waited, Dictionary<string, string> evidence)
    {
        evidence = Outcome(ProbeOutcome.NoAnswer, evidence);
        evidence["waitedMs"] = PptpEvidence.Ms(waited);
        return new Finding
        {
            Check = CheckIds.GrePath,
            Subject = subject,
            Status = CheckStatus.Fail,
            Summary = Text(nameof(GreText.NoGre), endpoint.Address, (long)waited.TotalMilliseconds),
            Evidence = evidence,
            ErrorCodes = GrePathCheck.FailureCodes,
            Remediation = [Text(nameof(GreText.RemedyAllowGre)), PptpControlCheck.Deprecated()],
        };
    }

    /// <summary>The server did not carry the call: an error of this probe, not a verdict on the path.</summary>
    /// <param name="connected">Whether the server had connected the call (Outgoing-Call-Reply result 1) before it ended.</param>
    /// <param name="after">Time spent: since the call connected when it had, else since it was requested.</param>
    public static Finding CallFailed(string subject, IPEndPoint endpoint, PptpCallEvent ended, bool connected, TimeSpan after, Dictionary<string, string> evidence)
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
                summary = Text(connected ? nameof(GreText.CallClosed) : nameof(GreText.CallClosedUnanswered), at, (long)after.TotalMilliseconds);
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
            Check = CheckIds.GrePath,
            Subject = subject,
            Status = CheckStatus.Error,
            Summary = summary,
            Evidence = Outcome(outcome, evidence),
            Remediation = [Text(nameof(GreText.RemedyServerCall))],
        };
    }

    public static Finding Skip(string subject, LocalizedText summary, Dictionary<string, string> evidence) => new()
    {
        Check = CheckIds.GrePath,
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

    public static LocalizedText Text(string name, params object?[] args) => LocalizedText.Format(GreText.ResourceManager, name, args);
}
