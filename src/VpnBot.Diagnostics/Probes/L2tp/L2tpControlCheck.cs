using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.L2tp;

/// <summary>
/// <c>l2tp.control</c>: an L2TP control connection answers SCCRQ on UDP 1701 (RFC 2661 §6.1). An SCCRP is
/// answered with StopCCN so the server frees the tunnel; a StopCCN from the server is acknowledged.
/// Silence is no verdict: under L2TP/IPsec (RFC 3193) the port is reachable only inside IPsec.
/// </summary>
public sealed class L2tpControlCheck(UdpExchange udp) : ICheck
{
    /// <summary>The name the probe gives in its SCCRQ; servers may log it.</summary>
    public const string ProbeHostName = "vpnbot";

    public string Id => CheckIds.L2tpControl;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.L2tp))
        {
            yield break;
        }

        yield return new CheckUnit(Id, Subject(target), RunAsync);
    }

    public static string Subject(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.Fqdn}:{target.Ports.L2tp.ToString(CultureInfo.InvariantCulture)}";
    }

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is null)
        {
            return UnresolvedAddress.Skip(Id, Subject(target), target.Fqdn);
        }

        var endpoint = new IPEndPoint(server.Address, target.Ports.L2tp);
        var budget = ProbeBudget.Of(context.Remaining);
        var tunnelId = (ushort)RandomNumberGenerator.GetInt32(1, 0x10000);
        var request = L2tpMessages.StartControlConnectionRequest(tunnelId, ProbeHostName);
        var exchange = await udp.ExchangeAsync(endpoint, request, reply => IsReplyTo(reply.Span, tunnelId), budget.Work, cancellationToken).ConfigureAwait(false);

        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ProbeOutcome.Key] = string.Empty,
            ["address"] = endpoint.ToString(),
            ["tunnelId"] = tunnelId.ToString(CultureInfo.InvariantCulture),
            ["attempts"] = exchange.Attempts.ToString(CultureInfo.InvariantCulture),
            ["ignored"] = exchange.Ignored.ToString(CultureInfo.InvariantCulture),
        };

        var finding = exchange.Outcome switch
        {
            UdpOutcome.Answered => await JudgeReplyAsync(endpoint, exchange, tunnelId, budget.Goodbye, evidence, cancellationToken).ConfigureAwait(false),
            UdpOutcome.NoAnswer => Finding(CheckStatus.Skip, ProbeOutcome.NoAnswer, Text(nameof(L2tpText.Silent), endpoint, exchange.Attempts, (long)exchange.Elapsed.TotalMilliseconds), evidence, [Ipsec()]),
            UdpOutcome.Refused => Finding(CheckStatus.Skip, ProbeOutcome.Refused, Text(nameof(L2tpText.Refused), endpoint), evidence, [Ipsec()]),
            _ => Finding(CheckStatus.Skip, ProbeOutcome.Unreachable, Text(nameof(L2tpText.Unreachable), endpoint, exchange.SocketError?.ToString() ?? "unreachable"), evidence, [Ipsec()]),
        };
        evidence["elapsedMs"] = PptpEvidence.Ms(context.Elapsed);
        return finding with { Subject = Subject(target) };
    }

    /// <summary>
    /// Whether a datagram is the answer to the SCCRQ: anything not L2TP is taken (and judged malformed), an
    /// L2TP message for another tunnel or a bare acknowledgement is not.
    /// </summary>
    internal static bool IsReplyTo(ReadOnlySpan<byte> datagram, ushort tunnelId)
    {
        var parsed = L2tpMessageParser.Parse(datagram);
        return !parsed.Ok || (parsed.Value.TunnelId == tunnelId && !parsed.Value.IsZeroLengthBody);
    }

    private async Task<Finding> JudgeReplyAsync(IPEndPoint endpoint, UdpExchangeResult exchange, ushort tunnelId, TimeSpan goodbye, Dictionary<string, string> evidence, CancellationToken cancellationToken)
    {
        var parsed = L2tpMessageParser.Parse(exchange.Reply.Span);
        if (!parsed.Ok)
        {
            return Malformed(endpoint, parsed.Problem, exchange, evidence);
        }

        var message = parsed.Value;
        var nr = (ushort)(message.Ns + 1);
        switch ((L2tpMessageType?)message.MessageType)
        {
            case L2tpMessageType.StartControlConnectionReply when message.AssignedTunnelId is { } peerTunnel and not 0:
                Describe(message, evidence);
                var stop = L2tpMessages.StopControlConnectionNotification(peerTunnel, tunnelId, ns: 1, nr);
                var acked = await udp.ExchangeAsync(endpoint, stop, reply => IsAckFor(reply.Span, tunnelId), goodbye, exchange.LocalEndPoint, cancellationToken).ConfigureAwait(false);
                evidence["stopAcked"] = acked.Outcome == UdpOutcome.Answered ? "true" : "false";
                return Finding(CheckStatus.Pass, ProbeOutcome.Answered, Text(nameof(L2tpText.Answered), endpoint, message.HostName ?? "-", message.VendorName ?? "-"), evidence, []);
            case L2tpMessageType.StartControlConnectionReply:
                return Malformed(endpoint, "SCCRP without a valid Assigned Tunnel ID", exchange, evidence);
            case L2tpMessageType.StopControlConnectionNotification:
                Describe(message, evidence);
                var result = message.Result;
                evidence["resultCode"] = result?.ResultCode.ToString(CultureInfo.InvariantCulture) ?? "-";
                evidence["errorCode"] = result?.ErrorCode?.ToString(CultureInfo.InvariantCulture) ?? "-";
                if (result?.Message is { } text)
                {
                    evidence["resultMessage"] = text;
                }

                await AcknowledgeAsync(endpoint, message.AssignedTunnelId ?? 0, nr, exchange.LocalEndPoint, cancellationToken).ConfigureAwait(false);
                var summary = Text(nameof(L2tpText.Rejected), endpoint, evidence["resultCode"], ResultMeaning(result?.ResultCode), evidence["errorCode"], result?.Message ?? "-");
                return Finding(CheckStatus.Warn, ProbeOutcome.Rejected, summary, evidence, [Text(nameof(L2tpText.RemedyAllowPeer))]);
            default:
                return Malformed(endpoint, $"message type {message.MessageType}, not SCCRP (2) or StopCCN (4)", exchange, evidence);
        }
    }

    private static void Describe(L2tpControlMessage message, Dictionary<string, string> evidence)
    {
        evidence["messageType"] = message.MessageType?.ToString(CultureInfo.InvariantCulture) ?? "-";
        evidence["hostname"] = message.HostName ?? string.Empty;
        evidence["vendor"] = message.VendorName ?? string.Empty;
        if (message.AssignedTunnelId is { } peer)
        {
            evidence["assignedTunnelId"] = peer.ToString(CultureInfo.InvariantCulture);
        }

        if (message.FirmwareRevision is { } firmware)
        {
            evidence["firmware"] = firmware.ToString(CultureInfo.InvariantCulture);
        }

        if (message.ProtocolVersion is { } version)
        {
            evidence["protocolVersion"] = version;
        }

        evidence["hiddenAvps"] = message.HiddenAvps.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The server's acknowledgement of the StopCCN: any control message for the probe's tunnel.</summary>
    private static bool IsAckFor(ReadOnlySpan<byte> datagram, ushort tunnelId)
    {
        var parsed = L2tpMessageParser.Parse(datagram);
        return parsed.Ok && parsed.Value.TunnelId == tunnelId;
    }

    /// <summary>
    /// Acknowledges the server's StopCCN with a zero-length body (§5.8) from the port it was sent to, so it
    /// stops retransmitting. Nothing comes back, so this is a plain send.
    /// </summary>
    private static async Task AcknowledgeAsync(IPEndPoint endpoint, ushort peerTunnel, ushort nr, IPEndPoint? local, CancellationToken cancellationToken)
    {
        using var socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            if (local is not null)
            {
                socket.Bind(local);
            }

            await socket.SendToAsync(L2tpMessages.ZeroLengthBody(peerTunnel, ns: 1, nr), SocketFlags.None, endpoint, cancellationToken).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // The acknowledgement is a courtesy: the server gives up on its own after its retransmissions.
        }
    }

    private Finding Malformed(IPEndPoint endpoint, string problem, UdpExchangeResult exchange, Dictionary<string, string> evidence)
    {
        evidence["reason"] = problem;
        evidence["reply"] = WireText.Hex(exchange.Reply.Span);
        return Finding(CheckStatus.Fail, ProbeOutcome.Malformed, Text(nameof(L2tpText.Malformed), endpoint, problem), evidence, [Text(nameof(L2tpText.RemedyWrongService), endpoint.Port)]);
    }

    private Finding Finding(CheckStatus status, string outcome, LocalizedText summary, Dictionary<string, string> evidence, IReadOnlyList<LocalizedText> remediation)
    {
        evidence[ProbeOutcome.Key] = outcome;
        return new Finding
        {
            Check = Id,
            Subject = string.Empty,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            Remediation = remediation,
        };
    }

    /// <summary>The meaning of a StopCCN result code, RFC 2661 §4.4.2.</summary>
    public static LocalizedText ResultMeaning(ushort? resultCode) => resultCode switch
    {
        1 => Text(nameof(L2tpText.ResultClear)),
        2 => Text(nameof(L2tpText.ResultGeneralError)),
        3 => Text(nameof(L2tpText.ResultChannelExists)),
        4 => Text(nameof(L2tpText.ResultNotAuthorized)),
        5 => Text(nameof(L2tpText.ResultVersionUnsupported)),
        6 => Text(nameof(L2tpText.ResultShuttingDown)),
        7 => Text(nameof(L2tpText.ResultStateError)),
        _ => Text(nameof(L2tpText.ResultUnknown)),
    };

    private static LocalizedText Ipsec() => Text(nameof(L2tpText.RemedyIpsec));

    private static LocalizedText Text(string name, params object?[] args) => LocalizedText.Format(L2tpText.ResourceManager, name, args);
}
