using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// The PPTP control connection on TCP 1723 gets no live answer: blocked, not forwarded, or PPTP disabled on
/// the server. Clients see 619 (800 on Automatic).
/// </summary>
internal sealed class PptpBlockedRule : IDiagnosisRule
{
    public const string Id = "path.pptp-blocked";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var failed = input.Of(CheckIds.PptpControl).Where(f => f.Unanswered()).ToList();
        if (failed.Count == 0 || input.Of(CheckIds.PptpControl).Any(f => f.Answered()))
        {
            yield break;
        }

        yield return new Support(input)
            .Add(failed)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.FirewallRules, CheckIds.NatForwarding, CheckIds.RrasService)
            .ToCause(
                Id,
                Strength.Likely,
                [VpnErrors.PortDisconnected, VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.PptpBlockedTitle)),
                RuleText.Format(nameof(DiagnosisText.PptpBlockedExplanation), RuleText.ProbeResults(failed)),
                [
                    RuleText.Format(nameof(DiagnosisText.PptpBlockedStep1)),
                    RuleText.Format(nameof(DiagnosisText.PptpBlockedStep2)),
                    RuleText.Format(nameof(DiagnosisText.PptpBlockedStep3)),
                ]);
    }
}
