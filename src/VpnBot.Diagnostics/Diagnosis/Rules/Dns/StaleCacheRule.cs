using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Dns;

/// <summary>
/// What <c>dns.cache</c> failed on. A caching resolver that gives a definite answer other than the
/// authoritative servers' holds a stale copy (<c>dns.stale-cache</c>): a cached address sends clients to
/// the old server (809; 800 on Automatic), a cached denial is 868; every stale resolver is one more
/// witness. A resolver that gives no definite answer at all (timeout, SERVFAIL, REFUSED) holds nothing
/// stale: it is failing (<c>dns.resolver-failing</c>), and clients that use it cannot resolve the name (868).
/// </summary>
internal sealed class StaleCacheRule : IDiagnosisRule
{
    public const string Id = "dns.stale-cache";
    public const string ResolverFailingId = "dns.resolver-failing";

    public IEnumerable<Cause> Evaluate(DiagnosisInput input)
    {
        var failed = input.Of(CheckIds.DnsCache, CheckStatus.Fail).ToList();
        var stale = failed.Where(IsStale).ToList();
        if (stale.Count > 0)
        {
            yield return Stale(input, stale);
        }

        // dns.cache records what the resolver serves only when it gave a definite answer.
        var failing = failed.Where(f => f.Fact(RuleEvidence.Cached) is null).ToList();
        if (failing.Count > 0)
        {
            yield return Failing(input, failing);
        }
    }

    /// <summary>A definite answer compared with the authoritative one and found different.</summary>
    private static bool IsStale(Finding finding) =>
        finding.Fact(RuleEvidence.Cached) is not null && finding.Fact(RuleEvidence.Authoritative) is not null;

    private static Cause Stale(DiagnosisInput input, List<Finding> stale)
    {
        var fqdn = input.Target.Fqdn;
        var first = stale[0];
        var cached = first.Fact(RuleEvidence.Cached);
        var authoritative = first.Fact(RuleEvidence.Authoritative);
        var remaining = first.Fact(RuleEvidence.RemainingTtl);
        var explanation = long.TryParse(remaining, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? RuleText.Format(nameof(DiagnosisText.StaleCacheExplanationTtl), fqdn, first.Subject, cached, authoritative, seconds)
            : RuleText.Format(nameof(DiagnosisText.StaleCacheExplanation), fqdn, first.Subject, cached, authoritative);

        return new Support(input).Add(stale).ToCause(
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

    private static Cause Failing(DiagnosisInput input, List<Finding> failing)
    {
        var fqdn = input.Target.Fqdn;
        var results = RuleText.List(failing.Select(f => f.Fact(RuleEvidence.Rcode) is { } rcode ? $"{f.Subject} ({rcode})" : f.Subject));
        return new Support(input).Add(failing).AddProblems(CheckIds.EventsDnsClient).Consult(CheckIds.EventsDnsClient).ToCause(
            ResolverFailingId,
            Strength.Likely,
            [VpnErrors.NameNotResolvable],
            RuleText.Format(nameof(DiagnosisText.ResolverFailingTitle)),
            RuleText.Format(failing.Count == 1 ? nameof(DiagnosisText.ResolverFailingExplanation) : nameof(DiagnosisText.ResolverFailingExplanationMany), fqdn, results),
            [
                RuleText.Format(nameof(DiagnosisText.ResolverFailingStep1), fqdn),
                RuleText.Format(nameof(DiagnosisText.ResolverFailingStep2)),
            ]);
    }

    private static List<string> Codes(IEnumerable<Finding> stale)
    {
        bool oldAddress = false, denial = false;
        foreach (var finding in stale)
        {
            if (finding.Facts(RuleEvidence.Cached).All(item => IPAddress.TryParse(item, out _)))
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
