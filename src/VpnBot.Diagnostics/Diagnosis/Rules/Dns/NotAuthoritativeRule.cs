using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// An internal server answers the internal zone without authority: it forwards the question to servers
/// that cannot know an internal name (868). The same server failing dns.resolve confirms it.
/// </summary>
internal sealed class NotAuthoritativeRule : IDiagnosisRule
{
    public const string Id = "dns.not-authoritative";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var forwarding = input.Of(CheckIds.DnsAuthority, CheckStatus.Fail).ToList();
        if (forwarding.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var servers = forwarding.Select(f => f.Subject).ToList();
        var failedThere = input.Of(CheckIds.DnsResolve)
            .Where(f => f.Status == CheckStatus.Fail && servers.Contains(f.Subject, StringComparer.OrdinalIgnoreCase));
        yield return new Support(input).Add(forwarding).Add(failedThere).ToCause(
            Id,
            Strength.Likely,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.NotAuthoritativeTitle)),
            RuleText.Format(nameof(DiagnosisText.NotAuthoritativeExplanation), fqdn, RuleText.List(servers)),
            [
                RuleText.Format(nameof(DiagnosisText.NotAuthoritativeStep1)),
                RuleText.Format(nameof(DiagnosisText.NotAuthoritativeStep2)),
                RuleText.Format(nameof(DiagnosisText.NotAuthoritativeStep3), fqdn),
            ]);
    }
}
