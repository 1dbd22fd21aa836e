using System.Globalization;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>Turns an IKEv1 Main Mode probe into the <c>ike.v1</c> finding.</summary>
internal static class Ikev1Findings
{
    /// <summary>An L2TP/IPsec client whose Main Mode proposals are all refused reports 788 (security parameters not negotiated).</summary>
    private static readonly IReadOnlyList<string> PolicyMismatchCodes = ["788"];

    public static Finding ForIkev1(IkeFindingContext context, Ikev1ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var port = context.Remote.Port;
        var evidence = Evidence(context, result);
        if (IkeFindings.NoUsableAnswer(context, result.Outcome, result.Transport, result.Failure, result.MalformedBytes, evidence, IkeFindings.PathSteps(natTPort: false)) is { } pathFinding)
        {
            return pathFinding;
        }

        var response = result.Response!;
        return result.Outcome switch
        {
            ProbeOutcome.Answered => IkeFindings.Make(context, CheckStatus.Pass, evidence, IkeFindings.Text(nameof(IkeText.Ikev1Answered), port, response.Chosen!.Describe())),
            ProbeOutcome.NoProposalChosen => IkeFindings.Make(
                context,
                CheckStatus.Fail,
                evidence,
                IkeFindings.Text(nameof(IkeText.Ikev1NoProposalChosen), port),
                PolicyMismatchCodes,
                [IkeFindings.Text(nameof(IkeText.RemedyIkev1Policy), IkeDefaultOffers.Ikev1)]),
            _ => IkeFindings.Make(
                context,
                CheckStatus.Warn,
                evidence,
                IkeFindings.Text(nameof(IkeText.IkeRejected), port, string.Join(", ", response.Notifications.Select(n => n.Name))),
                steps: [IkeFindings.Text(nameof(IkeText.RemedyServices))]),
        };
    }

    public static IkeEvidence Evidence(IkeFindingContext context, Ikev1ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var evidence = IkeFindings.Evidence(context, result.Outcome, result.Transport.Udp.Attempts).Set("version", "ikev1");
        if (result.Response is not { } response)
        {
            return evidence;
        }

        if (response.Notifications.Count > 0)
        {
            evidence.Set("notify", string.Join(", ", response.Notifications.Select(n => n.Name)));
        }

        if (result.Outcome == ProbeOutcome.NoProposalChosen)
        {
            evidence.Set("offered", IkeDefaultOffers.Ikev1);
        }

        if (response.Chosen is { } chosen)
        {
            evidence.Set("proposal", chosen.Describe());
            if (chosen.LifeDuration is { } life)
            {
                var unit = chosen.LifeType == Ikev1Attribute.LifeTypeSeconds ? "s" : "kB";
                evidence.Set("lifetime", string.Create(CultureInfo.InvariantCulture, $"{life} {unit}"));
            }

            evidence.Set("responderSpi", IkeFindings.Hex(response.Header.ResponderSpi))
                .Set("natTraversal", NatTraversal(response.VendorIds));
        }

        IkeFindings.AddVendorIds(evidence, response.VendorIds);
        return evidence;
    }

    /// <summary>Which NAT traversal the responder announces: <c>rfc-3947</c>, <c>draft</c> or <c>not-announced</c>.</summary>
    private static string NatTraversal(IReadOnlyList<byte[]> vendorIds)
    {
        if (vendorIds.Any(v => v.AsSpan().SequenceEqual(VendorIds.Rfc3947)))
        {
            return "rfc-3947";
        }

        return vendorIds.Any(v => VendorIds.Describe(v).StartsWith("draft-ietf-ipsec-nat-t", StringComparison.Ordinal)) ? "draft" : "not-announced";
    }
}
