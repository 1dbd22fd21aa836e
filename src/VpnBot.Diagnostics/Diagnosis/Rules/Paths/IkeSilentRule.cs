using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// No IKE answer on UDP 500 nor on 4500. Silence means the path drops IKE or the IKE service is down
/// (<c>path.ike-blocked</c>); ICMP refusals on both ports mean the host is up with nothing listening
/// (<c>server.ike-not-listening</c>). Clients time out: 809, 13805 on IKEv2, 792 on L2TP/IPsec. The
/// agent's service check tells the two apart.
/// </summary>
internal sealed class IkeSilentRule : IDiagnosisRule
{
    public const string BlockedId = "path.ike-blocked";
    public const string NotListeningId = "server.ike-not-listening";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var on500 = Probed(input, CheckIds.IkeV2).Concat(Probed(input, CheckIds.IkeV1)).ToList();
        var natT = Probed(input, CheckIds.IkeNatT).ToList();
        if (on500.Count == 0 || !on500.All(f => f.Unanswered()) || !natT.All(f => f.Unanswered()))
        {
            yield break;
        }

        var probes = on500.Concat(natT).ToList();
        var refused = natT.Count > 0 && probes.All(f => f.OutcomeIs(ProbeOutcome.Refused));
        List<string> codes = [VpnErrors.VpnTimeout];
        if (input.Target.Offers(VpnProtocols.Ikev2))
        {
            codes.Add(VpnErrors.IkeTimedOut);
        }

        if (input.Target.Offers(VpnProtocols.L2tp))
        {
            codes.Add(VpnErrors.L2tpTimedOut);
        }

        // A stopped service is the other reading of the same silence (server.rras-down), so it is named
        // for the administrator to look at but not counted for the path.
        var support = new Support(input)
            .Add(probes)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.RrasService, CheckIds.EventsIkeExt, CheckIds.FirewallRules, CheckIds.NatForwarding);
        var results = RuleText.ProbeResults(probes);

        // Without a NAT-T probe only half of "both ports" is known.
        var strength = natT.Count > 0 ? Strength.Likely : Strength.Possible;
        yield return refused
            ? support.ToCause(
                NotListeningId,
                strength,
                codes,
                RuleText.Format(nameof(DiagnosisText.IkeNotListeningTitle)),
                RuleText.Format(nameof(DiagnosisText.IkeNotListeningExplanation), results),
                [
                    RuleText.Format(nameof(DiagnosisText.IkeNotListeningStep1)),
                    RuleText.Format(nameof(DiagnosisText.IkeNotListeningStep2)),
                ])
            : support.ToCause(
                BlockedId,
                strength,
                codes,
                RuleText.Format(nameof(DiagnosisText.IkeBlockedTitle)),
                RuleText.Format(natT.Count > 0 ? nameof(DiagnosisText.IkeBlockedExplanation) : nameof(DiagnosisText.IkeBlockedExplanationNoNatT), results),
                [
                    RuleText.Format(nameof(DiagnosisText.IkeBlockedStep1)),
                    RuleText.Format(nameof(DiagnosisText.IkeBlockedStep2)),
                    RuleText.Format(nameof(DiagnosisText.IkeBlockedStep3)),
                ]);
    }

    // Findings that carry a probe outcome; a skipped probe (no address to dial) proves nothing.
    private static IEnumerable<Findings.Finding> Probed(DiagnosisInput input, string check) =>
        input.Of(check).Where(f => f.Fact(ProbeOutcome.Key) is not null);
}
