using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Server;

/// <summary>
/// The agent on the VPN server found the RemoteAccess service stopped or unhealthy: no tunnel can be set up
/// (800, 809). Probes that got no answer, and RemoteAccess errors in the event log, confirm it.
/// </summary>
internal sealed class RrasServiceRule : IDiagnosisRule
{
    public const string Id = "server.rras-down";

    private static readonly string[] ProbeChecks = [CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT, CheckIds.SstpListener, CheckIds.PptpControl];

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var service = input.Of(CheckIds.RrasService, CheckStatus.Fail).FirstOrDefault();
        if (service is null)
        {
            yield break;
        }

        // Every probe left unanswered is what a stopped service looks like from outside; with the agent's
        // word on the service this outranks the symptom-level server.unreachable.
        var silent = ProbeChecks.Select(check => input.Of(check).FirstOrDefault(f => f.Unanswered())).OfType<Finding>();
        var support = new Support(input).Add(service).Add(silent).AddProblems(CheckIds.EventsRemoteAccess).Consult(CheckIds.EventsRemoteAccess);

        yield return support.ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.AutomaticVpnFailed, VpnErrors.VpnTimeout],
            RuleText.Format(nameof(DiagnosisText.RrasDownTitle)),
            RuleText.Format(nameof(DiagnosisText.RrasDownExplanation), service.Subject),
            [
                RuleText.Format(nameof(DiagnosisText.RrasDownStep1)),
                RuleText.Format(nameof(DiagnosisText.RrasDownStep2)),
                RuleText.Format(nameof(DiagnosisText.RrasDownStep3)),
            ]);
    }
}
