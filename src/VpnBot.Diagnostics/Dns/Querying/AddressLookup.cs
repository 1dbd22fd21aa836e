using System.Net;
using DnsClient;

namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>A name's A and AAAA answers from one server, asked at once.</summary>
internal sealed record AddressLookup(DnsAnswer A, DnsAnswer Aaaa)
{
    /// <summary>Every address either answer gave, IPv4 first.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; } = [.. A.Addresses.Concat(Aaaa.Addresses).Distinct()];

    /// <summary>
    /// The answer that speaks for the name: the A answer, unless it gave nothing usable while the AAAA
    /// answer did (a reply beats silence; addresses beat an empty reply).
    /// </summary>
    public DnsAnswer Primary =>
        A.Addresses.Count == 0 && (Aaaa.Addresses.Count > 0 || (!A.Answered && Aaaa.Answered)) ? Aaaa : A;

    /// <summary>The longer of the two elapsed times: they ran side by side.</summary>
    public TimeSpan Elapsed => A.Elapsed > Aaaa.Elapsed ? A.Elapsed : Aaaa.Elapsed;

    public static async Task<AddressLookup> QueryAsync(DnsQuerier querier, IPEndPoint server, string name, TimeSpan budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(querier);
        var a = querier.QueryAsync(server, name, QueryType.A, budget, cancellationToken);
        var aaaa = querier.QueryAsync(server, name, QueryType.AAAA, budget, cancellationToken);
        await Task.WhenAll(a, aaaa).ConfigureAwait(false);
        return new AddressLookup(await a.ConfigureAwait(false), await aaaa.ConfigureAwait(false));
    }
}
