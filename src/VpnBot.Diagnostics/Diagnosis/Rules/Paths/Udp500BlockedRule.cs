using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// IKE is silent on UDP 500 while the server answers on UDP 4500: the server is alive and a firewall or NAT
/// router passes only 4500, a common half-done port forwarding. IKEv2 and L2TP/IPsec clients start on 500
/// and time out (809). Silence from both IKE versions, and a firewall or NAT check that agrees, add weight.
/// </summary>
internal sealed class Udp500BlockedRule : IDiagnosisRule
{
    public const string Id = "path.udp500-blocked";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var on500 = input.Of(CheckIds.IkeV2).Concat(input.Of(CheckIds.IkeV1)).ToList();
        var silent = on500.Where(f => f.Unanswered()).ToList();
        var natT = input.Of(CheckIds.IkeNatT).FirstOrDefault(f => f.Answered());
        if (silent.Count == 0 || natT is null || on500.Any(f => f.Answered()))
        {
            yield break;
        }

        yield return new Support(input)
            .Add(silent)
            .Add(natT)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .ToCause(
                Id,
                Strength.Likely,
                [VpnErrors.VpnTimeout],
                RuleText.Format(nameof(DiagnosisText.Udp500BlockedTitle)),
                RuleText.Format(nameof(DiagnosisText.Udp500BlockedExplanation), RuleText.ProbeResults(silent)),
                [
                    RuleText.Format(nameof(DiagnosisText.Udp500BlockedStep1)),
                    RuleText.Format(nameof(DiagnosisText.Udp500BlockedStep2)),
                    RuleText.Format(nameof(DiagnosisText.Udp500BlockedStep3)),
                ]);
    }
}
