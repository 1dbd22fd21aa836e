using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.cache: caching resolvers on the client path serve what the authoritative servers serve now. A
/// resolver that cached the old address sends clients to it until the entry expires (809); one that
/// cached "no such name" from before the record existed keeps answering NXDOMAIN (868).
/// </summary>
internal sealed class DnsCacheCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsCache;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return DnsUnits.PerServer(Id, target, target.Resolvers, nameof(DnsText.CacheNoResolver), RunAsync);
    }

    private async Task<Finding> RunAsync(IPEndPoint resolver, CheckContext context, CancellationToken cancellationToken)
    {
        var fqdn = context.Target.Fqdn;
        var subject = resolver.ToString();
        if (context.Target.InternalDns.Count == 0)
        {
            return DnsFindings.Skip(Id, subject, DnsTexts.Format(nameof(DnsText.CacheNoAuthority), fqdn));
        }

        var budget = context.Remaining;
        var cachedTask = AddressLookup.QueryAsync(querier, resolver, fqdn, budget, cancellationToken);
        AuthoritativeView view;
        try
        {
            view = await AuthoritativeView.GetAsync(context, querier, cancellationToken).WaitAsync(budget, context.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return NoReference(subject, fqdn, budget, [.. context.Target.InternalDns.Select(s => s.ToString())]);
        }

        var cached = await cachedTask.ConfigureAwait(false);
        if (view.Answers.Count == 0)
        {
            // Servers that answered without authority prove there is none to be had; silent ones only that it came too late.
            return view.Unanswered.Count > 0
                ? NoReference(subject, fqdn, budget, view.Unanswered)
                : DnsFindings.Skip(Id, subject, DnsTexts.Format(nameof(DnsText.CacheNoAuthority), fqdn));
        }

        var answer = cached.Primary;
        var evidence = new DnsEvidenceBuilder().Answer(answer, cached.Addresses);
        if (!answer.IsDefinite)
        {
            return DnsFindings.Create(
                Id,
                subject,
                CheckStatus.Fail,
                DnsTexts.Format(nameof(DnsText.CacheResolverFails), subject, fqdn, DnsReasons.Of(answer)),
                evidence,
                [DnsErrorCodes.NameNotResolvable],
                DnsRemedies.ForFailure(answer));
        }

        var cachedText = AuthoritativeAnswer.AnswerText(cached.Addresses, answer.IsNxDomain);
        var reference = view.Answers.FirstOrDefault(a => a.Matches(cached.Addresses)) ?? view.Answers[0];
        evidence.Add(DnsEvidence.Cached, cachedText).Add(DnsEvidence.Authoritative, reference.Text);
        if (reference.Matches(cached.Addresses))
        {
            return DnsFindings.Create(Id, subject, CheckStatus.Pass, DnsTexts.Format(nameof(DnsText.CachePass), subject, fqdn, cachedText), evidence);
        }

        var remaining = RemainingTtl(cached);
        LocalizedText summary;
        if (remaining is { } seconds)
        {
            evidence.Add(DnsEvidence.RemainingTtl, seconds);
            summary = DnsTexts.Format(nameof(DnsText.CacheStale), subject, fqdn, cachedText, reference.Text, reference.Server, seconds);
        }
        else
        {
            summary = DnsTexts.Format(nameof(DnsText.CacheStaleUnknownTtl), subject, fqdn, cachedText, reference.Text, reference.Server);
        }

        return DnsFindings.Create(
            Id,
            subject,
            CheckStatus.Fail,
            summary,
            evidence,
            [cached.Addresses.Count == 0 ? DnsErrorCodes.NameNotResolvable : DnsErrorCodes.VpnTimeout],
            [DnsRemedies.FlushResolver(subject, fqdn), DnsRemedies.FlushClients(), DnsTexts.Format(nameof(DnsText.FixLowerTtlBeforeMove))]);
    }

    private Finding NoReference(string subject, string fqdn, TimeSpan budget, IReadOnlyList<string> unanswered) => DnsFindings.Create(
        Id,
        subject,
        CheckStatus.Error,
        DnsTexts.Format(nameof(DnsText.CacheAuthorityLate), fqdn, (long)budget.TotalMilliseconds),
        new DnsEvidenceBuilder().Add(DnsEvidence.Server, subject).Add(DnsEvidence.Unanswered, DnsEvidenceBuilder.Join(unanswered)),
        remediation: [.. unanswered.Select(DnsRemedies.Reachability)]);

    /// <summary>
    /// How long the resolver will keep serving its copy: the shortest TTL left in the answer's chain, or
    /// for a cached "no", the SOA's TTL capped by its MINIMUM field (RFC 2308 §5).
    /// </summary>
    private static long? RemainingTtl(AddressLookup cached)
    {
        var ttls = cached.A.ChainRecords().Concat(cached.Aaaa.ChainRecords()).Select(r => (long)r.InitialTimeToLive).ToList();
        if (cached.Addresses.Count > 0 && ttls.Count > 0)
        {
            return ttls.Min();
        }

        return cached.Primary.NegativeSoa is { } soa ? Math.Min(soa.InitialTimeToLive, (long)soa.Minimum) : null;
    }
}
