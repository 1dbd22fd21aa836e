using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// The agent read the firewall ruleset or the NAT table and found a VPN flow blocked, shadowed by an earlier
/// rule, or not forwarded. A probe that got no answer is the same fault seen from outside.
/// </summary>
internal sealed class NetworkPolicyRule : IDiagnosisRule
{
    public const string FirewallId = "path.firewall-blocks";
    public const string NatForwardingId = "path.nat-forwarding-missing";

    private static readonly string[] ProbeChecks = [CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT, CheckIds.SstpListener, CheckIds.PptpControl];

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var silentProbe = ProbeChecks.SelectMany(input.Of).FirstOrDefault(f => f.Unanswered());
        if (input.Of(CheckIds.FirewallRules, CheckStatus.Fail).FirstOrDefault() is { } firewall)
        {
            yield return Support(input, firewall, silentProbe).ToCause(
                FirewallId,
                Strength.Likely,
                [VpnErrors.VpnTimeout, VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.FirewallBlocksTitle)),
                RuleText.Format(nameof(DiagnosisText.FirewallBlocksExplanation), firewall.Subject),
                [
                    RuleText.Format(nameof(DiagnosisText.FirewallBlocksStep1)),
                    RuleText.Format(nameof(DiagnosisText.FirewallBlocksStep2)),
                ]);
        }

        if (input.Of(CheckIds.NatForwarding, CheckStatus.Fail).FirstOrDefault() is { } nat)
        {
            yield return Support(input, nat, silentProbe).ToCause(
                NatForwardingId,
                Strength.Likely,
                [VpnErrors.VpnTimeout, VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.NatForwardingTitle)),
                RuleText.Format(nameof(DiagnosisText.NatForwardingExplanation), nat.Subject),
                [
                    RuleText.Format(nameof(DiagnosisText.NatForwardingStep1)),
                    RuleText.Format(nameof(DiagnosisText.NatForwardingStep2)),
                ]);
        }
    }

    private static Support Support(DiagnosisInput input, Finding finding, Finding? silentProbe)
    {
        var support = new Support(input).Add(finding);
        return silentProbe is null ? support : support.Add(silentProbe);
    }
}
