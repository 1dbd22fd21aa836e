using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Sstp;

/// <summary>
/// <c>sstp.listener</c>: TLS on the SSTP port completes and an SSTP listener answers <c>SSTP_DUPLEX_POST</c>
/// with HTTP 200 (MS-SSTP §3.2.5.1). Any other answer means the port is served by something else.
/// </summary>
public sealed class SstpListenerCheck : ICheck
{
    /// <summary>A failed SSTP listener explains 800 (every tunnel type failed) for clients set to Automatic or SSTP.</summary>
    public static readonly IReadOnlyList<string> FailureCodes = ["800"];

    public string Id => CheckIds.SstpListener;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.Sstp))
        {
            yield break;
        }

        yield return new CheckUnit(Id, Subject(target), RunAsync);
    }

    public static string Subject(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.Fqdn}:{target.Ports.Sstp.ToString(CultureInfo.InvariantCulture)}";
    }

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var server = await context.GetServerAddressAsync(cancellationToken).ConfigureAwait(false);
        if (server.Address is null)
        {
            return UnresolvedAddress.Skip(Id, Subject(target), target.Fqdn);
        }

        var session = await context.GetTlsSessionAsync(cancellationToken).ConfigureAwait(false);
        var result = await SstpProbe.RunAsync(session!, context.Remaining, context.Time, cancellationToken).ConfigureAwait(false);
        var endpoint = session!.Endpoint;
        var evidence = Evidence(result, endpoint, context.Elapsed);
        var (status, summary, remedies) = Judge(result, endpoint);
        return new Finding
        {
            Check = Id,
            Subject = Subject(target),
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = status == CheckStatus.Fail ? FailureCodes : [],
            Remediation = remedies,
        };
    }

    private static (CheckStatus, LocalizedText, IReadOnlyList<LocalizedText>) Judge(SstpProbeResult result, IPEndPoint endpoint)
    {
        var at = endpoint.ToString();
        var port = endpoint.Port;
        LocalizedText[] notSstp = [Text(nameof(SstpText.RemedyNotSstp), port, SstpRequest.Uri), Text(nameof(SstpText.RemedyCheckService))];
        switch (result.Outcome)
        {
            case ProbeOutcome.Answered when result.Head is { } head:
                var length = head.Header("Content-Length");
                return string.Equals(length, SstpRequest.EndlessContentLength, StringComparison.Ordinal)
                    ? (CheckStatus.Pass, Text(nameof(SstpText.Answered), at, result.TlsVersion, result.Cipher), [])
                    : (CheckStatus.Warn, Text(nameof(SstpText.NotSstp200), at, length ?? "-"), notSstp);
            case ProbeOutcome.Rejected when result.Head is { } head:
                return (CheckStatus.Fail, Text(nameof(SstpText.OtherStatus), at, head.StatusCode, head.Reason, head.Header("Server") ?? "-"), notSstp);
            case ProbeOutcome.Rejected:
                return (CheckStatus.Fail, Text(nameof(SstpText.Closed), at, result.TlsVersion), notSstp);
            case ProbeOutcome.Silent when result.Stage == SstpStage.Tls:
                return (CheckStatus.Fail, Text(nameof(SstpText.TlsStalled), at, Ms(result.Waited)), [Text(nameof(SstpText.RemedyTls), port), .. notSstp]);
            case ProbeOutcome.Silent:
                return (CheckStatus.Fail, Text(nameof(SstpText.Silent), at, result.TlsVersion, Ms(result.Waited)), notSstp);
            case ProbeOutcome.TlsFailed when result.Stage == SstpStage.Tls && result.Received.Length > 0:
                return (CheckStatus.Fail, Text(nameof(SstpText.NotTls), at, WireText.Printable(result.Received)), [Text(nameof(SstpText.RemedyTls), port), .. notSstp]);
            case ProbeOutcome.TlsFailed:
                return (CheckStatus.Fail, Text(nameof(SstpText.TlsFailed), at, result.Problem), [Text(nameof(SstpText.RemedyTls), port), .. notSstp]);
            case ProbeOutcome.Refused:
                return (CheckStatus.Fail, Text(nameof(SstpText.Refused), at), [Text(nameof(SstpText.RemedyCheckService)), Text(nameof(SstpText.RemedyOpenPort), port)]);
            case ProbeOutcome.NoAnswer:
                return (CheckStatus.Fail, Text(nameof(SstpText.NoAnswer), at, Ms(result.Waited)), [Text(nameof(SstpText.RemedyOpenPort), port), Text(nameof(SstpText.RemedyCheckService))]);
            case ProbeOutcome.Unreachable:
                return (CheckStatus.Fail, Text(nameof(SstpText.Unreachable), at, result.Session.SocketError?.ToString() ?? "unreachable"), [Text(nameof(SstpText.RemedyOpenPort), port)]);
            default:
                return (CheckStatus.Fail, Text(nameof(SstpText.Malformed), at, result.Problem ?? "?"), notSstp);
        }
    }

    /// <summary>
    /// Keys: <c>outcome</c>, <c>address</c>, <c>connectMs</c>, <c>socketError</c>, <c>stage</c>, <c>tlsVersion</c>,
    /// <c>cipher</c>, <c>correlationId</c>, <c>httpStatus</c>, <c>httpReason</c>, <c>server</c>, <c>contentLength</c>,
    /// <c>reason</c>, <c>reply</c> (hex), <c>waitedMs</c>, <c>elapsedMs</c>.
    /// </summary>
    private static Dictionary<string, string> Evidence(SstpProbeResult result, IPEndPoint endpoint, TimeSpan elapsed)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ProbeOutcome.Key] = result.Outcome,
            ["address"] = endpoint.ToString(),
            ["connectMs"] = PptpEvidence.Ms(result.Session.ConnectElapsed),
        };
        Add(evidence, "socketError", result.Session.SocketError?.ToString());
        evidence["stage"] = result.Stage.ToString().ToLowerInvariant();
        Add(evidence, "tlsVersion", result.TlsVersion);
        Add(evidence, "cipher", result.Cipher);
        Add(evidence, "correlationId", result.CorrelationId);
        if (result.Head is { } head)
        {
            evidence["httpStatus"] = head.StatusCode.ToString(CultureInfo.InvariantCulture);
            evidence["httpReason"] = head.Reason;
            Add(evidence, "server", head.Header("Server"));
            Add(evidence, "contentLength", head.Header("Content-Length"));
        }

        Add(evidence, "reason", result.Problem);
        if (result.Received.Length > 0)
        {
            evidence["reply"] = WireText.Hex(result.Received);
        }

        if (result.Outcome is ProbeOutcome.Silent or ProbeOutcome.NoAnswer)
        {
            evidence["waitedMs"] = PptpEvidence.Ms(result.Waited);
        }

        evidence["elapsedMs"] = PptpEvidence.Ms(elapsed);
        return evidence;
    }

    private static void Add(Dictionary<string, string> evidence, string key, string? value)
    {
        if (value is not null)
        {
            evidence[key] = value;
        }
    }

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;

    private static LocalizedText Text(string name, params object?[] args) => LocalizedText.Format(SstpText.ResourceManager, name, args);
}
