using System.Globalization;
using System.Net;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// The evidence of a PPTP handshake, in the order it was gathered. Keys: <c>outcome</c>, <c>address</c>,
/// <c>connectMs</c>, <c>socketError</c>; from a reply <c>resultCode</c>, <c>errorCode</c>, <c>hostname</c>,
/// <c>vendor</c>, <c>firmware</c>, <c>protocolVersion</c>, <c>maxChannels</c>, <c>framingCapabilities</c>,
/// <c>bearerCapabilities</c>; when the connection opened but no valid reply came <c>waitedMs</c>, <c>read</c>
/// (how the read ended, a <see cref="PptpReadStatus"/> name), <c>reason</c>, <c>reply</c> (hex of what came);
/// then always <c>elapsedMs</c>. The goodbye comes after the finding (gre.path may still use the
/// connection), so <c>stop</c> (<see cref="PptpGoodbye.EvidenceKey"/>) is only in gre.path's evidence.
/// </summary>
internal static class PptpEvidence
{
    public static Dictionary<string, string> Of(PptpHandshake handshake, IPEndPoint endpoint, TimeSpan elapsed)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ProbeOutcome.Key] = handshake.Outcome,
            ["address"] = endpoint.ToString(),
            ["connectMs"] = Ms(handshake.Dial.Elapsed),
        };
        if (handshake.Dial.SocketError is { } error)
        {
            evidence["socketError"] = error.ToString();
        }

        if (handshake.Reply is { } reply)
        {
            evidence["resultCode"] = reply.ResultCode.ToString(CultureInfo.InvariantCulture);
            evidence["errorCode"] = reply.ErrorCode.ToString(CultureInfo.InvariantCulture);
            evidence["hostname"] = reply.HostName;
            evidence["vendor"] = reply.Vendor;
            evidence["firmware"] = reply.FirmwareRevision.ToString(CultureInfo.InvariantCulture);
            evidence["protocolVersion"] = reply.Version;
            evidence["maxChannels"] = reply.MaximumChannels.ToString(CultureInfo.InvariantCulture);
            evidence["framingCapabilities"] = reply.FramingCapabilities.ToString(CultureInfo.InvariantCulture);
            evidence["bearerCapabilities"] = reply.BearerCapabilities.ToString(CultureInfo.InvariantCulture);
        }
        else if (handshake.Read is { } read)
        {
            evidence["waitedMs"] = Ms(handshake.ReplyWait);
            evidence["read"] = read.Status.ToString();
            if (handshake.Problem is { } problem)
            {
                evidence["reason"] = problem;
            }

            if (read.Bytes.Length > 0)
            {
                evidence["reply"] = WireText.Hex(read.Bytes);
            }
        }

        evidence["elapsedMs"] = Ms(elapsed);
        return evidence;
    }

    public static string Ms(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
