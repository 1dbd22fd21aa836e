using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Paths;

/// <summary>
/// What went wrong on TCP 443: nothing answers (<c>sstp.listener-down</c>), something that is not an SSTP
/// listener answers — a web server, a proxy, a port forwarding to the wrong host (<c>sstp.port-shadowed</c>),
/// or TLS itself fails (<c>sstp.tls-failed</c>). SSTP clients fail; on Automatic they report 800.
/// </summary>
internal sealed class SstpListenerRule : IDiagnosisRule
{
    public const string DownId = "sstp.listener-down";
    public const string ShadowedId = "sstp.port-shadowed";
    public const string TlsFailedId = "sstp.tls-failed";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var probes = input.Of(CheckIds.SstpListener).ToList();
        if (probes.Count == 0 || probes.Any(f => f.OutcomeIs(ProbeOutcome.Answered)))
        {
            yield break;
        }

        var down = probes.Where(f => f.Unanswered()).ToList();
        if (down.Count > 0)
        {
            yield return Support(input, down).Consult(CheckIds.RrasService).ToCause(
                DownId,
                Strength.Likely,
                [VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.SstpDownTitle)),
                RuleText.Format(nameof(DiagnosisText.SstpDownExplanation), RuleText.ProbeResults(down)),
                [
                    RuleText.Format(nameof(DiagnosisText.SstpDownStep1)),
                    RuleText.Format(nameof(DiagnosisText.SstpDownStep2)),
                    RuleText.Format(nameof(DiagnosisText.SstpDownStep3)),
                ]);
        }

        var shadowed = probes.Where(f => f.OutcomeIs(ProbeOutcome.Rejected, ProbeOutcome.Malformed)).ToList();
        if (shadowed.Count > 0)
        {
            yield return Support(input, shadowed).ToCause(
                ShadowedId,
                Strength.Likely,
                [VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.SstpShadowedTitle)),
                RuleText.Format(nameof(DiagnosisText.SstpShadowedExplanation), RuleText.ProbeResults(shadowed)),
                [
                    RuleText.Format(nameof(DiagnosisText.SstpShadowedStep1)),
                    RuleText.Format(nameof(DiagnosisText.SstpShadowedStep2)),
                    RuleText.Format(nameof(DiagnosisText.SstpShadowedStep3)),
                ]);
        }

        var tls = probes.Where(f => f.OutcomeIs(ProbeOutcome.TlsFailed)).ToList();
        if (tls.Count > 0)
        {
            yield return new Support(input).Add(tls).Consult(CheckIds.RrasConfig).ToCause(
                TlsFailedId,
                Strength.Possible,
                [VpnErrors.AutomaticVpnFailed],
                RuleText.Format(nameof(DiagnosisText.SstpTlsTitle)),
                RuleText.Format(nameof(DiagnosisText.SstpTlsExplanation)),
                [
                    RuleText.Format(nameof(DiagnosisText.SstpTlsStep1)),
                    RuleText.Format(nameof(DiagnosisText.SstpTlsStep2)),
                    RuleText.Format(nameof(DiagnosisText.SstpTlsStep3)),
                ]);
        }
    }

    private static Support Support(DiagnosisInput input, IEnumerable<Finding> probes) =>
        new Support(input)
            .Add(probes)
            .AddProblems(CheckIds.FirewallRules, CheckIds.NatForwarding)
            .Consult(CheckIds.FirewallRules, CheckIds.NatForwarding);
}
