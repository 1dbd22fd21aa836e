using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// Resolvers on the internet deny the name while the internal servers do not all deny it (that is
/// <see cref="NameMissingRule"/>'s cause): the record was never published
/// in the public zone, so only users outside the network get 868. An internal server that has the address
/// confirms the gap is in the publication, not in the record itself.
/// </summary>
internal sealed class PublicRecordMissingRule : IDiagnosisRule
{
    public const string Id = "dns.public-record-missing";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var external = input.Of(CheckIds.DnsSplitHorizon).Where(f => f.SettlesName()).ToList();
        var denied = external.Where(f => f.DeniesName()).ToList();
        var internalSettled = input.Of(CheckIds.DnsResolve).Where(f => f.SettlesName()).ToList();
        var missingEverywhere = internalSettled.Count > 0 && internalSettled.All(f => f.DeniesName());
        if (denied.Count == 0 || external.Any(f => f.HasAddresses()) || missingEverywhere)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var support = new Support(input).Add(denied);
        if (input.Of(CheckIds.DnsResolve).FirstOrDefault(f => f.HasAddresses()) is { } internalAnswer)
        {
            support.Add(internalAnswer);
        }

        yield return support.ToCause(
            Id,
            Strength.Strong,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.PublicRecordMissingTitle)),
            RuleText.Format(nameof(DiagnosisText.PublicRecordMissingExplanation), fqdn, RuleText.List(denied.Select(f => f.Subject))),
            [
                RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep2)),
                RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep3)),
            ]);
    }
}
