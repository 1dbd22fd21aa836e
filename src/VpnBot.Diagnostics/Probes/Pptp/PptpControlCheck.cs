using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Probes.Pptp;

/// <summary>
/// <c>pptp.control</c>: a PPTP server answers Start-Control-Connection-Request on TCP 1723 (RFC 2637 §2.1),
/// and what it says about itself. The connection is the run's one control connection (see
/// <see cref="PptpControlExchange"/>): gre.path places its call on it, and it is closed with
/// Stop-Control-Connection-Request.
/// </summary>
public sealed class PptpControlCheck : ICheck
{
    /// <summary>Windows client errors a PPTP control failure explains: 619 (port disconnected), 800 (every tunnel type failed).</summary>
    public static readonly IReadOnlyList<string> FailureCodes = ["619", "800"];

    public string Id => CheckIds.PptpControl;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.Offers(VpnProtocols.Pptp))
        {
            yield break;
        }

        yield return new CheckUnit(Id, Subject(target), RunAsync);
    }

    /// <summary>The subject of PPTP findings: the name clients dial and the control port.</summary>
    public static string Subject(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return $"{target.Fqdn}:{target.Ports.Pptp.ToString(CultureInfo.InvariantCulture)}";
    }

    private async Task<Finding> RunAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var control = await context.GetPptpControlAsync(cancellationToken).ConfigureAwait(false);
        return control is null
            ? UnresolvedAddress.Skip(Id, Subject(target), target.Fqdn)
            : Judge(control.Handshake, control.Endpoint, Subject(target), new Dictionary<string, string>(control.Evidence, StringComparer.Ordinal), target.Ports.Pptp);
    }

    private Finding Judge(PptpHandshake handshake, IPEndPoint endpoint, string subject, Dictionary<string, string> evidence, int port)
    {
        var at = endpoint.ToString();
        var waitedMs = (long)handshake.ReplyWait.TotalMilliseconds;
        var dialMs = (long)handshake.Dial.Elapsed.TotalMilliseconds;
        var (summary, remedies) = handshake.Outcome switch
        {
            ProbeOutcome.Answered => (Text(nameof(PptpText.Answered), at, handshake.Reply!.HostName, handshake.Reply.Vendor, handshake.Reply.FirmwareRevision, handshake.Reply.Version), Array.Empty<LocalizedText>()),
            ProbeOutcome.Rejected when handshake.Reply is { } reply => (Text(nameof(PptpText.Rejected), at, reply.ResultCode, ResultMeaning(reply.ResultCode), reply.ErrorCode), [CheckServer(), Deprecated()]),
            ProbeOutcome.Rejected => (Text(nameof(PptpText.ClosedWithoutReply), at), [CheckServer(), WrongService(port), Deprecated()]),
            ProbeOutcome.Refused => (Text(nameof(PptpText.Refused), at), [CheckServer(), OpenPath(port), Deprecated()]),
            ProbeOutcome.NoAnswer => (Text(nameof(PptpText.NoAnswer), at, dialMs), [OpenPath(port), CheckServer(), Deprecated()]),
            ProbeOutcome.Unreachable => (Text(nameof(PptpText.Unreachable), at, handshake.Dial.SocketError?.ToString() ?? "unreachable"), [OpenPath(port), Deprecated()]),
            ProbeOutcome.Silent => (Text(nameof(PptpText.Silent), at, waitedMs), [WrongService(port), CheckServer(), Deprecated()]),
            _ => (Text(nameof(PptpText.Malformed), at, handshake.Problem ?? "?"), [WrongService(port), Deprecated()]),
        };

        var pass = handshake.Outcome == ProbeOutcome.Answered;
        return new Finding
        {
            Check = Id,
            Subject = subject,
            Status = pass ? CheckStatus.Pass : CheckStatus.Fail,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = pass ? [] : FailureCodes,
            Remediation = remedies,
        };
    }

    /// <summary>The meaning of a Start-Control-Connection-Reply result code, RFC 2637 §2.2.</summary>
    public static LocalizedText ResultMeaning(byte resultCode) => resultCode switch
    {
        2 => Text(nameof(PptpText.ResultGeneralError)),
        3 => Text(nameof(PptpText.ResultChannelExists)),
        4 => Text(nameof(PptpText.ResultNotAuthorized)),
        5 => Text(nameof(PptpText.ResultVersionUnsupported)),
        _ => Text(nameof(PptpText.ResultUnknown)),
    };

    internal static LocalizedText OpenPath(int port) => Text(nameof(PptpText.RemedyOpenPath), port);

    internal static LocalizedText CheckServer() => Text(nameof(PptpText.RemedyCheckServer));

    internal static LocalizedText WrongService(int port) => Text(nameof(PptpText.RemedyWrongService), port);

    internal static LocalizedText Deprecated() => Text(nameof(PptpText.RemedyDeprecated));

    private static LocalizedText Text(string name, params object?[] args) => LocalizedText.Format(PptpText.ResourceManager, name, args);
}
