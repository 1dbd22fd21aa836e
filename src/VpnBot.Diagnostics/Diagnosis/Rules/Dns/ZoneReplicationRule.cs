using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// Authoritative servers disagree. With a lower SOA serial on some of them, zone transfer or replication
/// is behind (<c>dns.secondary-stale</c>), and it is the classic 868 when the lagging server also lacks the
/// record; with equal serials, the record was changed on one server only (<c>dns.servers-disagree</c>).
/// A dns.resolve denial from one of the named servers is independent confirmation.
/// </summary>
internal sealed class ZoneReplicationRule : IDiagnosisRule
{
    public const string SecondaryStaleId = "dns.secondary-stale";
    public const string ServersDisagreeId = "dns.servers-disagree";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        foreach (var finding in input.Of(CheckIds.DnsConsistency, CheckStatus.Fail))
        {
            var behind = finding.Facts(RuleEvidence.Behind);
            var missing = finding.Facts(RuleEvidence.Missing);
            var differing = finding.Facts(RuleEvidence.Differing);
            if (behind.Count > 0)
            {
                yield return SecondaryStale(input, finding, behind, missing);
            }
            else if (missing.Count > 0 || differing.Count > 0)
            {
                yield return ServersDisagree(input, finding, missing, differing);
            }
        }
    }

    private static Cause SecondaryStale(DiagnosisInput input, Finding finding, IReadOnlyList<string> behind, IReadOnlyList<string> missing)
    {
        var fqdn = input.Target.Fqdn;
        var lacking = missing.Count > 0;
        var support = new Support(input).Add(finding).Add(Denials(input, [.. behind, .. missing]));
        return support.ToCause(
            SecondaryStaleId,
            lacking ? Strength.Strong : Strength.Likely,
            lacking ? [VpnErrors.NameNotResolvable] : [VpnErrors.NameNotResolvable, VpnErrors.VpnTimeout],
            RuleText.Format(nameof(DiagnosisText.SecondaryStaleTitle)),
            RuleText.Format(
                lacking ? nameof(DiagnosisText.SecondaryStaleMissingExplanation) : nameof(DiagnosisText.SecondaryStaleExplanation),
                fqdn,
                RuleText.List(Lagging(behind, missing))),
            [
                RuleText.Format(nameof(DiagnosisText.SecondaryStaleStep1)),
                RuleText.Format(nameof(DiagnosisText.SecondaryStaleStep2)),
                RuleText.Format(nameof(DiagnosisText.SecondaryStaleStep3)),
            ]);
    }

    private static Cause ServersDisagree(DiagnosisInput input, Finding finding, IReadOnlyList<string> missing, IReadOnlyList<string> differing)
    {
        var fqdn = input.Target.Fqdn;
        var support = new Support(input).Add(finding).Add(Denials(input, missing));
        return support.ToCause(
            ServersDisagreeId,
            Strength.Likely,
            missing.Count > 0 ? [VpnErrors.NameNotResolvable, VpnErrors.VpnTimeout] : [VpnErrors.VpnTimeout, VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.ServersDisagreeTitle)),
            RuleText.Format(nameof(DiagnosisText.ServersDisagreeExplanation), fqdn, RuleText.List([.. missing, .. differing])),
            [
                RuleText.Format(nameof(DiagnosisText.ServersDisagreeStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.ServersDisagreeStep2)),
                RuleText.Format(nameof(DiagnosisText.ServersDisagreeStep3)),
            ]);
    }

    // The servers both behind and without the record are the ones to name; otherwise every server behind.
    private static IEnumerable<string> Lagging(IReadOnlyList<string> behind, IReadOnlyList<string> missing)
    {
        var both = behind.Intersect(missing, StringComparer.OrdinalIgnoreCase).ToList();
        return both.Count > 0 ? both : behind;
    }

    private static IEnumerable<Finding> Denials(DiagnosisInput input, IReadOnlyList<string> servers) =>
        input.Of(CheckIds.DnsResolve).Where(f => f.DeniesName() && servers.Contains(f.Subject, StringComparer.OrdinalIgnoreCase));
}
