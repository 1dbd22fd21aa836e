using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// Inside, the name resolves; on the internet it does not exist (NXDOMAIN, or no address): the record was
/// never published in the public zone, and only remote users get 868. It takes an answer with an address
/// inside and a definite denial outside, with no address anywhere outside: when the inside denies the name
/// too, the record is missing everywhere, which is <see cref="NameMissingRule"/>'s cause. It is the cause
/// <see cref="PublicRecordMissingRule"/> names from one vantage point, seen from where remote users are.
/// </summary>
internal sealed class OutsideNameMissingRule : IVantageRule
{
    public const string Id = PublicRecordMissingRule.Id;

    public IEnumerable<VantageCause> Evaluate(VantageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var outside = input.On(VantageKind.Outside).Findings(CheckIds.DnsSplitHorizon, CheckIds.DnsResolve)
            .Where(s => s.Finding.SettlesName())
            .ToList();
        var denied = outside.Where(s => s.Finding.DeniesName()).ToList();
        var resolved = input.On(VantageKind.Inside).Findings(CheckIds.DnsResolve)
            .Where(s => s.Finding.HasAddresses())
            .ToList();
        if (denied.Count == 0 || resolved.Count == 0 || outside.Any(s => s.Finding.HasAddresses()))
        {
            yield break;
        }

        // Each inside vantage point that has the address is one more witness that the record exists.
        var witnesses = resolved.DistinctBy(s => s.Point).ToList();
        var fqdn = input.Target.Fqdn;
        yield return new VantageCause(new Support(input.All)
            .Add(denied.Select(s => s.Finding))
            .Add(witnesses.Select(s => s.Finding))
            .ToCause(
                Id,
                Strength.Strong,
                [VpnErrors.NameNotResolvable],
                RuleText.Format(nameof(DiagnosisText.PublicRecordMissingTitle)),
                VantageTexts.Format(
                    nameof(VantageText.OutsideNameMissingExplanation),
                    fqdn,
                    denied.Points(),
                    denied.Servers(),
                    witnesses.Points(),
                    resolved.SelectMany(s => s.Finding.Addresses()).Distinct().List()),
                [
                    RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep1), fqdn),
                    RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep2)),
                    RuleText.Format(nameof(DiagnosisText.PublicRecordMissingStep3)),
                ]));
    }
}
