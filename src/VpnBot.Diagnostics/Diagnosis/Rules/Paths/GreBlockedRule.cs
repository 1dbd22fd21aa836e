using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// GRE (IP protocol 47) does not pass. With the PPTP control connection answering, this is the exact
/// signature of 806: TCP 1723 allowed or forwarded, GRE forgotten.
/// </summary>
internal sealed class GreBlockedRule : IDiagnosisRule
{
    public const string Id = "path.gre-blocked";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var blocked = input.Of(CheckIds.GrePath, CheckStatus.Fail).ToList();
        if (blocked.Count == 0)
        {
            yield break;
        }

        var support = new Support(input)
            .Add(blocked)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.FirewallRules, CheckIds.NatForwarding);
        var control = input.Of(CheckIds.PptpControl).FirstOrDefault(f => f.Answered());
        if (control is not null)
        {
            support.Add(control);
        }

        yield return support.ToCause(
            Id,
            Strength.Likely,
            [VpnErrors.GreBlocked, VpnErrors.PortDisconnected],
            RuleText.Format(nameof(DiagnosisText.GreBlockedTitle)),
            RuleText.Format(control is null ? nameof(DiagnosisText.GreBlockedExplanation) : nameof(DiagnosisText.GreBlockedExplanationControlUp)),
            [
                RuleText.Format(nameof(DiagnosisText.GreBlockedStep1)),
                RuleText.Format(nameof(DiagnosisText.GreBlockedStep2)),
                RuleText.Format(nameof(DiagnosisText.GreBlockedStep3)),
            ]);
    }
}
