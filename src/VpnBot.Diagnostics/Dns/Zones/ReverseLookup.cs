using System.Net;
using DnsClient;
using DnsClient.Protocol;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>
/// Forward-confirmed reverse DNS for one address: the PTR names (RFC 1035 §3.5) and whether the name
/// they give resolves back to the address.
/// </summary>
internal sealed record ReverseLookup(IPAddress Address, DnsAnswer Ptr, IReadOnlyList<string> Names, AddressLookup? Forward)
{
    public bool NamesTarget(string fqdn) => Names.Contains(DnsName.Normalize(fqdn));

    public bool ForwardConfirmed => Forward is not null && Forward.Addresses.Contains(Address);

    /// <summary>
    /// Asks every server for the PTR record and takes the first definite reply in server order; then
    /// resolves the PTR name (the VPN name when it is among them) on the server that gave it.
    /// </summary>
    public static async Task<ReverseLookup> QueryAsync(DnsQuerier querier, IReadOnlyList<IPEndPoint> servers, string fqdn, IPAddress address, Func<TimeSpan> budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(querier);
        ArgumentNullException.ThrowIfNull(servers);
        ArgumentNullException.ThrowIfNull(budget);
        var reverse = address.GetArpaName();
        var firstBudget = budget() / 2;
        var answers = await Task.WhenAll(servers.Select(s => querier.QueryAsync(s, reverse, QueryType.PTR, firstBudget, cancellationToken))).ConfigureAwait(false);
        var index = Array.FindIndex(answers, a => a.IsDefinite);
        if (index < 0)
        {
            index = Math.Max(0, Array.FindIndex(answers, a => a.Answered));
        }

        var ptr = answers[index];
        var owner = DnsName.Normalize(reverse);
        var names = ptr.Answers.OfType<PtrRecord>()
            .Where(p => DnsName.Normalize(p.DomainName) == owner)
            .Select(p => DnsName.Normalize(p.PtrDomainName))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            return new ReverseLookup(address, ptr, names, null);
        }

        var forwardName = names.Contains(DnsName.Normalize(fqdn)) ? DnsName.Normalize(fqdn) : names[0];
        var forward = await AddressLookup.QueryAsync(querier, servers[index], forwardName, budget(), cancellationToken).ConfigureAwait(false);
        return new ReverseLookup(address, ptr, names, forward);
    }
}
