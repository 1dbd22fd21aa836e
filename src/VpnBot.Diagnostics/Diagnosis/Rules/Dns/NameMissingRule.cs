using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// The name has no address anywhere: every internal server that settled the question denied it (NXDOMAIN
/// or no A record) and none gave an address. Each denying server, and a public resolver denying it too,
/// is one more witness.
/// </summary>
internal sealed class NameMissingRule : IDiagnosisRule
{
    public const string Id = "dns.name-missing";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var settled = input.Of(CheckIds.DnsResolve).Where(f => f.SettlesName()).ToList();
        if (settled.Count == 0 || !settled.All(f => f.DeniesName()) || input.Of(CheckIds.DnsResolve).Any(f => f.HasAddresses()))
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var support = new Support(input)
            .Add(settled)
            .Add(input.Of(CheckIds.DnsSplitHorizon).Where(f => f.DeniesName()))
            .AddProblems(CheckIds.EventsDnsClient)
            .Consult(CheckIds.EventsDnsClient);
        yield return support.ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.NameMissingTitle)),
            RuleText.Format(nameof(DiagnosisText.NameMissingExplanation), fqdn, RuleText.List(settled.Select(f => f.Subject))),
            [
                RuleText.Format(nameof(DiagnosisText.NameMissingStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.NameMissingStep2)),
                RuleText.Format(nameof(DiagnosisText.NameMissingStep3), fqdn),
            ]);
    }
}
