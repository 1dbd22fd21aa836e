using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// A caching resolver on the client path serves something other than the authoritative servers. A cached
/// address sends clients to the old server (809; 800 on Automatic); a cached denial is 868. Every resolver
/// found stale is one more witness.
/// </summary>
internal sealed class StaleCacheRule : IDiagnosisRule
{
    public const string Id = "dns.stale-cache";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var stale = input.Of(CheckIds.DnsCache, CheckStatus.Fail).ToList();
        if (stale.Count == 0)
        {
            yield break;
        }

        var fqdn = input.Target.Fqdn;
        var first = stale[0];
        var cached = first.Fact(RuleEvidence.Cached) ?? "-";
        var authoritative = first.Fact(RuleEvidence.Authoritative) ?? "-";
        var remaining = first.Fact(RuleEvidence.RemainingTtl);
        var explanation = long.TryParse(remaining, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? RuleText.Format(nameof(DiagnosisText.StaleCacheExplanationTtl), fqdn, first.Subject, cached, authoritative, seconds)
            : RuleText.Format(nameof(DiagnosisText.StaleCacheExplanation), fqdn, first.Subject, cached, authoritative);

        yield return new Support(input).Add(stale).ToCause(
            Id,
            Strength.Likely,
            Codes(stale),
            RuleText.Format(nameof(DiagnosisText.StaleCacheTitle)),
            explanation,
            [
                RuleText.Format(nameof(DiagnosisText.StaleCacheStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.StaleCacheStep2)),
                RuleText.Format(nameof(DiagnosisText.StaleCacheStep3)),
            ]);
    }

    private static List<string> Codes(IEnumerable<Finding> stale)
    {
        bool oldAddress = false, denial = false;
        foreach (var finding in stale)
        {
            var cached = finding.Facts(RuleEvidence.Cached);
            if (cached.Count == 0)
            {
                // What the resolver holds was not recorded: either reading is open.
                oldAddress = denial = true;
            }
            else if (cached.All(item => IPAddress.TryParse(item, out _)))
            {
                oldAddress = true;
            }
            else
            {
                denial = true;
            }
        }

        List<string> codes = [];
        if (oldAddress)
        {
            codes.AddRange([VpnErrors.VpnTimeout, VpnErrors.AutomaticVpnFailed]);
        }

        if (denial)
        {
            codes.Add(VpnErrors.NameNotResolvable);
        }

        return codes;
    }
}
