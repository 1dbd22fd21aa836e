using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// dns.ptr: each address of the name has a PTR record that names the VPN and resolves back to the
/// address (forward-confirmed reverse DNS).
/// </summary>
/// <remarks>
/// Problems here are warnings, not failures: neither the Windows VPN client nor RRAS looks at reverse
/// DNS to build a tunnel. What breaks is everything around it: event logs and accounting show bare or
/// misleading names, <c>ping -a</c> and <c>nslookup</c> mislead the person troubleshooting, and
/// tools that match hosts by name (monitoring, log correlation, some firewall rules) lose track of it.
/// </remarks>
internal sealed class DnsPtrCheck(DnsQuerier querier) : ICheck
{
    public string Id => CheckIds.DnsPtr;

    public IEnumerable<CheckUnit> Plan(CheckTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var servers = target.InternalDns.Count > 0 ? target.InternalDns : target.Resolvers;
        if (servers.Count == 0)
        {
            return DnsUnits.Skipped(Id, target, DnsTexts.Format(nameof(DnsText.PtrNoServer)));
        }

        if (target.ExpectAddresses.Count > 0)
        {
            return target.ExpectAddresses.Select(address => new CheckUnit(Id, address.ToString(), (ctx, ct) => RunAddressAsync(servers, address, ctx, ct)));
        }

        return [new CheckUnit(Id, target.Fqdn, (ctx, ct) => RunNameAsync(servers, ctx, ct))];
    }

    private async Task<Finding> RunAddressAsync(IReadOnlyList<IPEndPoint> servers, IPAddress address, CheckContext context, CancellationToken cancellationToken)
    {
        var reverse = await ReverseLookup.QueryAsync(querier, servers, context.Target.Fqdn, address, () => context.Remaining, cancellationToken).ConfigureAwait(false);
        var verdict = PtrVerdict.Of(reverse, context.Target.Fqdn);
        return DnsFindings.Create(Id, address.ToString(), verdict.Status, verdict.Summary, verdict.Evidence, remediation: verdict.Remediation);
    }

    /// <summary>Without configured addresses, checks what the servers answer for the name, and reports the worst address.</summary>
    private async Task<Finding> RunNameAsync(IReadOnlyList<IPEndPoint> servers, CheckContext context, CancellationToken cancellationToken)
    {
        var fqdn = context.Target.Fqdn;
        var lookupBudget = context.Remaining / 3;
        var lookups = await Task.WhenAll(servers.Select(s => AddressLookup.QueryAsync(querier, s, fqdn, lookupBudget, cancellationToken))).ConfigureAwait(false);
        var addresses = lookups.SelectMany(l => l.Addresses).Distinct().ToList();
        if (addresses.Count == 0)
        {
            var first = lookups[0].Primary;
            return lookups.Any(l => l.Primary.IsDefinite)
                ? DnsFindings.Skip(Id, fqdn, DnsTexts.Format(nameof(DnsText.PtrNoAddress), fqdn))
                : DnsFindings.Create(
                    Id,
                    fqdn,
                    CheckStatus.Error,
                    DnsTexts.Format(nameof(DnsText.PtrForwardNoAnswer), fqdn, first.Server, DnsReasons.Of(first)),
                    new DnsEvidenceBuilder().Answer(first),
                    remediation: DnsRemedies.ForFailure(first));
        }

        var verdicts = await Task.WhenAll(addresses.Select(async address =>
        {
            var reverse = await ReverseLookup.QueryAsync(querier, servers, fqdn, address, () => context.Remaining, cancellationToken).ConfigureAwait(false);
            return PtrVerdict.Of(reverse, fqdn);
        })).ConfigureAwait(false);

        var worst = verdicts.OrderByDescending(v => Rank(v.Status)).First();
        var evidence = worst.Evidence
            .Add(DnsEvidence.Addresses, addresses)
            .Add(DnsEvidence.Results, DnsEvidenceBuilder.Join(verdicts.Select(v => $"{v.Address}={v.Kind}")));
        var summary = verdicts.All(v => v.Status == CheckStatus.Pass)
            ? DnsTexts.Format(nameof(DnsText.PtrPassAll), DnsEvidenceBuilder.Join(addresses), fqdn)
            : worst.Summary;
        return DnsFindings.Create(Id, fqdn, worst.Status, summary, evidence, remediation: [.. verdicts.SelectMany(v => v.Remediation).Distinct()]);
    }

    /// <summary>A found problem outranks a question that could not be answered, which outranks a pass.</summary>
    private static int Rank(CheckStatus status) => status switch
    {
        CheckStatus.Warn => 2,
        CheckStatus.Error => 1,
        _ => 0,
    };
}
