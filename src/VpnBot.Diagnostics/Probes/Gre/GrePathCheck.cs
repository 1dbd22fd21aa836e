using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
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
        var time = context.Time;
        var budget = ProbeBudget.Of(context.Remaining);
        var started = time.GetTimestamp();
        TimeSpan Left() => budget.Work - time.GetElapsedTime(started);

        // The call goes on the run's control connection, the one pptp.control opened, as a client's would.
        var control = await context.GetPptpControlAsync(cancellationToken).ConfigureAwait(false);
        using var gre = GreSocket.TryOpen(server.Address.AddressFamily, out var reason);
        if (gre is null)
        {
            await control!.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            return GreFindings.Skip(target.Fqdn, GreFindings.Text(nameof(GreText.NotCapable), reason), new() { ["reason"] = reason ?? "?" });
        }

        if (control!.Handshake.Outcome != ProbeOutcome.Answered || control.TakeChannel() is not { } channel)
        {
            return GreFindings.Skip(target.Fqdn, GreFindings.Text(nameof(GreText.NoControl), endpoint, control.Handshake.Outcome), new()
            {
                ["control"] = control.Handshake.Outcome,
                ["address"] = endpoint.ToString(),
            });
        }

        var callId = (ushort)RandomNumberGenerator.GetInt32(1, 0x10000);
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["address"] = endpoint.ToString(),
            ["callId"] = callId.ToString(CultureInfo.InvariantCulture),
        };
        var calling = time.GetTimestamp();
        await channel.SendAsync(PptpMessages.OutgoingCallRequest(callId, callSerialNumber: callId), cancellationToken).ConfigureAwait(false);
        var answer = await PptpCall.NextEventAsync(channel, Left(), time, cancellationToken).ConfigureAwait(false);
        Finding finding;
        var callUp = false;
        var controlOpen = answer.State != PptpCallState.Closed;
        if (answer.State != PptpCallState.Connected)
        {
            // Time spent since the request, not what is left of the budget: waitedMs and closedAfterMs are durations.
            finding = GreFindings.CallFailed(target.Fqdn, endpoint, answer, connected: false, time.GetElapsedTime(calling), evidence);
        }
        else
        {
            var reply = answer.Reply!;
            evidence["peerCallId"] = reply.CallId.ToString(CultureInfo.InvariantCulture);
            var connected = time.GetTimestamp();
            var sent = await gre.SendAsync(GrePackets.LcpConfigureRequest(reply.CallId, (uint)RandomNumberGenerator.GetInt32(int.MaxValue)), server.Address, cancellationToken).ConfigureAwait(false);
            evidence["greSent"] = sent ? "true" : "false";
            var (packet, ended) = await GreWatch.AwaitGreAsync(gre, channel, server.Address, callId, Left(), time, cancellationToken).ConfigureAwait(false);
            var sinceConnected = time.GetElapsedTime(connected);
            evidence["greIgnored"] = gre.Ignored.ToString(CultureInfo.InvariantCulture);
            callUp = ended is null or { State: PptpCallState.NoReply };
            controlOpen = ended is not { State: PptpCallState.Closed };
            if (packet is not null)
            {
                finding = GreFindings.Seen(target.Fqdn, server.Address, packet, sinceConnected, evidence);
            }
            else if (callUp)
            {
                finding = GreFindings.NoGre(target.Fqdn, endpoint, sinceConnected, evidence);
            }
            else
            {
                finding = GreFindings.CallFailed(target.Fqdn, endpoint, ended!, connected: true, sinceConnected, evidence);
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
}
