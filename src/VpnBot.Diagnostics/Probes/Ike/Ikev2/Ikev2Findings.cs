using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>Turns an IKEv2 probe into the <c>ike.v2</c> finding, or into the IKEv2 variant of <c>ike.nat-t</c>.</summary>
internal static class Ikev2Findings
{
    /// <summary>RFC 7296 §3.10.1: a responder rejecting every proposal; Windows reports it as 13868.</summary>
    private static readonly IReadOnlyList<string> PolicyMismatchCodes = ["13868"];

    public static Finding ForIkev2(IkeFindingContext context, Ikev2ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var final = result.Final;
        var port = context.Remote.Port;
        var evidence = Evidence(context, result);
        if (IkeFindings.NoUsableAnswer(context, final.Outcome, final.Transport, final.Failure, final.MalformedBytes, evidence, IkeFindings.PathSteps(natTPort: false)) is { } pathFinding)
        {
            return pathFinding;
        }

        var response = final.Response!;
        switch (final.Outcome)
        {
            case ProbeOutcome.Answered:
                var proposal = response.Proposal!.Describe();
                var summary = result.Retry is null ? IkeFindings.Text(nameof(IkeText.Ikev2Answered), port, proposal)
                    : result.First.Outcome == ProbeOutcome.InvalidKe ? IkeFindings.Text(nameof(IkeText.Ikev2AnsweredAfterInvalidKe), port, Group(result.First.RequestedGroup), proposal)
                    : IkeFindings.Text(nameof(IkeText.Ikev2AnsweredAfterCookie), port, proposal);
                return IkeFindings.Make(context, CheckStatus.Pass, evidence, summary);
            case ProbeOutcome.NoProposalChosen:
                // A live server that clients with this policy still cannot use: a failure, not a warning.
                return IkeFindings.Make(
                    context,
                    CheckStatus.Fail,
                    evidence,
                    IkeFindings.Text(nameof(IkeText.Ikev2NoProposalChosen), port),
                    PolicyMismatchCodes,
                    [IkeFindings.Text(nameof(IkeText.RemedyIkev2Policy)), IkeFindings.Text(nameof(IkeText.RemedyIkev2PolicyChange), IkeDefaultOffers.Ikev2)]);
            case ProbeOutcome.InvalidKe:
                return IkeFindings.Make(context, CheckStatus.Pass, evidence, IkeFindings.Text(nameof(IkeText.Ikev2InvalidKe), port, Group(final.RequestedGroup)));
            case ProbeOutcome.Cookie:
                return IkeFindings.Make(context, CheckStatus.Pass, evidence, IkeFindings.Text(nameof(IkeText.Ikev2Cookie), port));
            default:
                return IkeFindings.Make(
                    context,
                    CheckStatus.Warn,
                    evidence,
                    IkeFindings.Text(nameof(IkeText.IkeRejected), port, Rejection(response)),
                    steps: [IkeFindings.Text(nameof(IkeText.RemedyServices))]);
        }
    }

    /// <summary>The evidence of an IKEv2 probe: common keys, the retry, then what the final answer showed.</summary>
    public static IkeEvidence Evidence(IkeFindingContext context, Ikev2ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var final = result.Final;
        var evidence = IkeFindings.Evidence(context, final.Outcome, result.Attempts)
            .Set("version", "ikev2")
            .Set("keGroup", Ikev2Names.GroupWithNumber(final.KeyExchangeGroup));
        if (result.Retry is not null)
        {
            evidence.Set("firstOutcome", result.First.Outcome);
            if (result.First.RequestedGroup is { } requested)
            {
                evidence.Set("requestedGroup", Ikev2Names.GroupWithNumber(requested));
            }

            if (result.First.Cookie is { } cookie)
            {
                evidence.Set("cookieLength", cookie.Length);
            }

            if (!ReferenceEquals(result.Final, result.Retry))
            {
                evidence.Set("retryOutcome", result.Retry.Outcome);
            }
        }

        if (final.Response is not { } response)
        {
            return evidence;
        }

        if (response.Error is { } error)
        {
            evidence.Set("notify", error.Name);
        }

        switch (final.Outcome)
        {
            case ProbeOutcome.Answered:
                AddAnswer(evidence, context, final, response);
                break;
            case ProbeOutcome.NoProposalChosen:
                evidence.Set("offered", IkeDefaultOffers.Ikev2);
                break;
            case ProbeOutcome.InvalidKe when final.RequestedGroup is { } wanted:
                evidence.Set("requestedGroup", Ikev2Names.GroupWithNumber(wanted));
                break;
            case ProbeOutcome.Cookie:
                evidence.Set("notify", Ikev2Names.NotifyWithNumber(Ikev2Notify.Cookie));
                evidence.Set("cookieLength", response.Find(Ikev2Notify.Cookie)?.Data.Length ?? 0);
                break;
            default:
                if (response.Error is null && response.Notifications.Count > 0)
                {
                    evidence.Set("notify", string.Join(", ", response.Notifications.Select(n => n.Name)));
                }

                break;
        }

        IkeFindings.AddVendorIds(evidence, response.VendorIds);
        return evidence;
    }

    /// <summary>The NAT detection result as the <c>nat</c> evidence value.</summary>
    public static string NatToken(NatDetectionResult result) => result switch
    {
        NatDetectionResult.None => "none",
        NatDetectionResult.Server => "server-behind-nat",
        NatDetectionResult.Client => "client-behind-nat",
        NatDetectionResult.Both => "both-behind-nat",
        _ => "not-reported",
    };

    public static NatDetectionResult Nat(IkeFindingContext context, Ikev2Exchange exchange) =>
        exchange.Response is { } response ? NatDetection.Evaluate(response, context.Remote, exchange.Transport.Local) : NatDetectionResult.NotReported;

    private static void AddAnswer(IkeEvidence evidence, IkeFindingContext context, Ikev2Exchange exchange, Ikev2Response response)
    {
        var proposal = response.Proposal!;
        evidence.Set("proposal", proposal.Describe())
            .Set("encryption", Join(proposal, Ikev2TransformType.Encryption))
            .Set("integrity", Join(proposal, Ikev2TransformType.Integrity))
            .Set("prf", Join(proposal, Ikev2TransformType.Prf))
            .Set("dhGroup", Join(proposal, Ikev2TransformType.DiffieHellman))
            .Set("responderSpi", IkeFindings.Hex(response.Header.ResponderSpi));
        if (response.KeyExchangeGroup is { } keGroup)
        {
            evidence.Set("responderKeGroup", Ikev2Names.GroupWithNumber(keGroup)).Set("responderKeLength", response.KeyExchangeLength);
        }

        evidence.Set("nat", NatToken(Nat(context, exchange)))
            .Set("fragmentation", response.Find(Ikev2Notify.Ikev2FragmentationSupported) is null ? "not-announced" : "supported")
            .Set("certificateRequest", response.CertificateRequests > 0 ? "yes" : "no");
        var status = response.Notifications.Where(n => !n.IsError).Select(n => n.Name).ToList();
        if (status.Count > 0)
        {
            evidence.Set("notifies", string.Join(", ", status));
        }
    }

    private static string Join(Ikev2Proposal proposal, byte type) => string.Join('|', proposal.OfType(type).Select(t => t.ToString()));

    private static string Group(ushort? id) => id is { } group ? Ikev2Names.GroupWithNumber(group) : "?";

    private static string Rejection(Ikev2Response response) =>
        response.Error?.Name ?? string.Join(", ", response.Notifications.Select(n => n.Name));
}
