using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// Turns a probe on the NAT-T port into the <c>ike.nat-t</c> finding. Any well-formed IKE answer behind
/// the non-ESP marker proves the path and the listener; the policy verdict belongs to <c>ike.v2</c>/<c>ike.v1</c>.
/// </summary>
internal static class NatTFindings
{
    public static Finding FromIkev2(IkeFindingContext context, Ikev2ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var final = result.Final;
        var evidence = Ikev2Findings.Evidence(context, result);
        evidence.Set("marker", final.Transport.MarkerPresent ? "present" : "absent");
        if (IkeFindings.NoUsableAnswer(context, final.Outcome, final.Transport, final.Failure, final.MalformedBytes, evidence, IkeFindings.PathSteps(natTPort: true)) is { } pathFinding)
        {
            return pathFinding;
        }

        var nat = final.Outcome == ProbeOutcome.Answered ? Ikev2Findings.Nat(context, final) : NatDetectionResult.NotReported;
        if (nat is NatDetectionResult.Server or NatDetectionResult.Both && context.Target.Offers(VpnProtocols.L2tp))
        {
            // IKEv2 copes with a NAT by itself; Windows L2TP/IPsec clients refuse a server behind one unless told otherwise.
            return IkeFindings.Make(
                context,
                CheckStatus.Warn,
                evidence,
                IkeFindings.Text(nameof(IkeText.NatTServerBehindNat), context.Remote.Port),
                ["809"],
                [IkeFindings.Text(nameof(IkeText.RemedyNatTRegistry))]);
        }

        return Answered(context, evidence, "IKEv2, " + final.Outcome);
    }

    public static Finding FromIkev1(IkeFindingContext context, Ikev1ProbeResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        var evidence = Ikev1Findings.Evidence(context, result);
        evidence.Set("marker", result.Transport.MarkerPresent ? "present" : "absent");
        if (IkeFindings.NoUsableAnswer(context, result.Outcome, result.Transport, result.Failure, result.MalformedBytes, evidence, IkeFindings.PathSteps(natTPort: true)) is { } pathFinding)
        {
            return pathFinding;
        }

        return Answered(context, evidence, "IKEv1, " + result.Outcome);
    }

    private static Finding Answered(IkeFindingContext context, IkeEvidence evidence, string brief) =>
        IkeFindings.Make(context, CheckStatus.Pass, evidence, IkeFindings.Text(nameof(IkeText.NatTAnswered), context.Remote.Port, brief));
}
