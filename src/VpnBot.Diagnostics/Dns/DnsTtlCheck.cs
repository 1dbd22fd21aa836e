using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.ttl: the public record's TTL is short enough that moving the VPN to a new address (a new line,
/// a standby server) reaches clients quickly: every resolver keeps the old address for up to one TTL.
/// </summary>
/// <remarks>
/// The TTL is the longest in the answer's chain (a CNAME and its target are cached separately, and a
/// move may change either). A caching resolver returns what is left of its copy's TTL, never more than
/// the configured value: a TTL above the threshold is proof, one below it is as much as this view shows
/// (the <c>aa</c> evidence says whether the server was authoritative).
/// </remarks>
internal sealed class DnsTtlCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsTtl;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DnsUnits.PerServer(Id, target, target.ExternalDns, nameof(DnsText.TtlNoResolver), RunAsync);
    }

    private async Task<Finding> RunAsync(IPEndPoint server, CheckContext context, CancellationToken cancellationToken)
    {
        var fqdn = context.Target.Fqdn;
        var subject = server.ToString();
        var lookup = await AddressLookup.QueryAsync(querier, server, fqdn, context.Remaining, cancellationToken).ConfigureAwait(false);
        var answer = lookup.Primary;
        var evidence = new DnsEvidenceBuilder().Answer(answer, lookup.Addresses);
        if (lookup.Addresses.Count == 0)
        {
            return answer.IsDefinite
                ? DnsFindings.Skip(Id, subject, DnsTexts.Format(nameof(DnsText.TtlNoRecord), subject, fqdn))
                : DnsFindings.Create(Id, subject, CheckStatus.Error, DnsTexts.Format(nameof(DnsText.TtlNoAnswer), subject, fqdn, DnsReasons.Of(answer)), evidence, remediation: DnsRemedies.ForFailure(answer));
        }

        var ttl = lookup.A.ChainRecords().Concat(lookup.Aaaa.ChainRecords()).Max(r => (long)r.InitialTimeToLive);
        var max = (long)context.Target.Thresholds.MaxPublicTtl.TotalSeconds;
        evidence.Add(DnsEvidence.Ttl, ttl).Add(DnsEvidence.MaxTtl, max);
        return ttl > max
            ? DnsFindings.Create(
                Id,
                subject,
                CheckStatus.Warn,
                DnsTexts.Format(nameof(DnsText.TtlLong), fqdn, ttl, max, subject),
                evidence,
                remediation: [DnsTexts.Format(nameof(DnsText.FixLowerTtl), fqdn, max), DnsTexts.Format(nameof(DnsText.FixLowerTtlBeforeMove))])
            : DnsFindings.Create(Id, subject, CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.TtlPass), fqdn, ttl, max, subject), evidence);
    }
}
