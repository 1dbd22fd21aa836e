using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Server;

/// <summary>
/// Every tunnel type the endpoint offers, probed from here, gets no live answer: the server is down or
/// unreachable, or every VPN port is closed on the way. That is what clients on Automatic report as 800
/// (809 when pinned to one IKE type). Each failing tunnel type is one more witness; a stopped RemoteAccess
/// service is the more precise cause (server.rras-down) and is left to that rule.
/// </summary>
internal sealed class AllTunnelsFailRule : IDiagnosisRule
{
    public const string Id = "server.unreachable";

    /// <summary>The probe that decides whether each tunnel type is reachable.</summary>
    private static readonly (VpnProtocols Protocol, string Check)[] Tunnels =
    [
        (VpnProtocols.Ikev2, CheckIds.IkeV2),
        (VpnProtocols.L2tp, CheckIds.IkeV1),
        (VpnProtocols.Sstp, CheckIds.SstpListener),
        (VpnProtocols.Pptp, CheckIds.PptpControl),
    ];

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var probed = Tunnels
            .Where(tunnel => input.Target.Offers(tunnel.Protocol))
            .Select(tunnel => input.Of(tunnel.Check).Where(f => f.Fact(ProbeOutcome.Key) is not null).ToList())
            .Where(findings => findings.Count > 0)
            .ToList();
        var natT = input.Of(CheckIds.IkeNatT).Where(f => f.Fact(ProbeOutcome.Key) is not null).ToList();

        // One tunnel type failing is that tunnel's own cause; "all of them" needs at least two to compare.
        if (probed.Count < 2 || !probed.All(findings => findings.All(f => f.Unanswered())) || !natT.All(f => f.Unanswered()))
        {
            yield break;
        }

        var decisive = probed.Select(findings => findings[0]).ToList();
        yield return new Support(input)
            .Add(decisive)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.RrasService, CheckIds.FirewallRules, CheckIds.NatForwarding)
            .ToCause(
                Id,
                Strength.Likely,
                [VpnErrors.AutomaticVpnFailed, VpnErrors.VpnTimeout],
                RuleText.Format(nameof(DiagnosisText.AllTunnelsFailTitle)),
                RuleText.Format(nameof(DiagnosisText.AllTunnelsFailExplanation), RuleText.ProbeResults(decisive.Concat(natT))),
                [
                    RuleText.Format(nameof(DiagnosisText.AllTunnelsFailStep1)),
                    RuleText.Format(nameof(DiagnosisText.AllTunnelsFailStep2)),
                    RuleText.Format(nameof(DiagnosisText.AllTunnelsFailStep3)),
                ]);
    }
}
