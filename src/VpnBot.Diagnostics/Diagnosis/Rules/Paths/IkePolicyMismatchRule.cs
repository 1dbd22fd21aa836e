using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// The server answered with NO_PROPOSAL_CHOSEN (RFC 7296 §3.10.1 notify 14; RFC 2408 §3.14.1 for IKEv1):
/// it is alive and reachable and only the cryptographic policy differs. IKEv2 clients get 13868,
/// L2TP/IPsec clients 788.
/// </summary>
internal sealed class IkePolicyMismatchRule : IDiagnosisRule
{
    public const string IkeV2Id = "ike.v2-policy-mismatch";
    public const string IkeV1Id = "ike.v1-policy-mismatch";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        if (Mismatch(input, CheckIds.IkeV2) is { } v2)
        {
            yield return Support(input, v2).ToCause(
                IkeV2Id,
                Strength.Strong,
                [VpnErrors.IkePolicyMismatch],
                RuleText.Format(nameof(DiagnosisText.IkeV2PolicyMismatchTitle)),
                RuleText.Format(nameof(DiagnosisText.IkeV2PolicyMismatchExplanation)),
                [
                    RuleText.Format(nameof(DiagnosisText.IkeV2PolicyMismatchStep1)),
                    RuleText.Format(nameof(DiagnosisText.IkeV2PolicyMismatchStep2)),
                    RuleText.Format(nameof(DiagnosisText.IkeV2PolicyMismatchStep3)),
                ]);
        }

        if (Mismatch(input, CheckIds.IkeV1) is { } v1)
        {
            yield return Support(input, v1).ToCause(
                IkeV1Id,
                Strength.Strong,
                [VpnErrors.L2tpPolicyMismatch],
                RuleText.Format(nameof(DiagnosisText.IkeV1PolicyMismatchTitle)),
                RuleText.Format(nameof(DiagnosisText.IkeV1PolicyMismatchExplanation)),
                [
                    RuleText.Format(nameof(DiagnosisText.IkeV1PolicyMismatchStep1)),
                    RuleText.Format(nameof(DiagnosisText.IkeV1PolicyMismatchStep2)),
                ]);
        }
    }

    private static Finding? Mismatch(DiagnosisInput input, string check) =>
        input.Of(check).FirstOrDefault(f => f.OutcomeIs(ProbeOutcome.NoProposalChosen));

    private static Support Support(DiagnosisInput input, Finding finding) =>
        new Support(input).Add(finding).AddProblems(CheckIds.EventsIkeExt).Consult(CheckIds.RrasConfig);
}
