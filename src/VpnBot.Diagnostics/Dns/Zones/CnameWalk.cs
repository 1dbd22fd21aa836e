using System.Net;
using DnsClient;
using DnsClient.Protocol;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>How following a CNAME chain ended.</summary>
internal enum CnameEnd
{
    /// <summary>The name has no CNAME.</summary>
    NoCname,

    /// <summary>The chain ends in a name with an address.</summary>
    Address,

    /// <summary>The last target does not exist (NXDOMAIN) or has no address (NODATA).</summary>
    Dangling,

    /// <summary>The last target fails to resolve (SERVFAIL and the like).</summary>
    TargetFails,

    /// <summary>The last target lies outside the zones this server answers for (refused, or a referral).</summary>
    OutsideServer,

    /// <summary>A target names an earlier link of the chain.</summary>
    Loop,

    /// <summary>More links than the threshold.</summary>
    TooDeep,

    /// <summary>An owner has a CNAME and other records (RFC 1034 §3.6.2, RFC 2181 §10.1).</summary>
    BesideData,

    /// <summary>An owner has more than one CNAME (RFC 2181 §10.1).</summary>
    SeveralCnames,

    /// <summary>The server gave no usable reply on the way.</summary>
    NoAnswer,
}

/// <summary>The chain as followed on one server, link by link, with CNAME questions (which resolvers answer without chasing).</summary>
internal sealed record CnameWalk(IReadOnlyList<string> Chain, CnameEnd End, DnsAnswer Last)
{
    /// <summary>Addresses at the end of the chain.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; init; } = [];

    /// <summary>For <see cref="CnameEnd.BesideData"/> and <see cref="CnameEnd.SeveralCnames"/>: the offending owner.</summary>
    public string? Owner { get; init; }

    /// <summary>For <see cref="CnameEnd.BesideData"/>: the other record types; for <see cref="CnameEnd.SeveralCnames"/>: the targets.</summary>
    public IReadOnlyList<string> Others { get; init; } = [];

    public string ChainText => string.Join(" -> ", Chain);

    /// <summary>Record types that may legitimately share an owner with a CNAME (DNSSEC, RFC 4035 §2.5).</summary>
    private static readonly HashSet<ResourceRecordType> Allowed =
    [
        ResourceRecordType.CNAME, ResourceRecordType.RRSIG, ResourceRecordType.NSEC, ResourceRecordType.NSEC3,
    ];

    public static async Task<CnameWalk> FollowAsync(DnsQuerier querier, IPEndPoint server, string fqdn, int maxDepth, Func<TimeSpan> budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(querier);
        ArgumentNullException.ThrowIfNull(budget);
        var name = DnsName.Normalize(fqdn);
        var chain = new List<string> { name };
        while (true)
        {
            var time = budget();
            var cnameTask = querier.QueryAsync(server, name, QueryType.CNAME, time, cancellationToken);
            var addressTask = querier.QueryAsync(server, name, QueryType.A, time, cancellationToken);
            var cname = await cnameTask.ConfigureAwait(false);
            var address = await addressTask.ConfigureAwait(false);
            if (!cname.Answered)
            {
                return new CnameWalk(chain, CnameEnd.NoAnswer, cname);
            }

            var owner = name;
            var targets = cname.Answers.OfType<CNameRecord>()
                .Where(r => DnsName.Normalize(r.DomainName) == owner)
                .Select(r => DnsName.Normalize(r.CanonicalName))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (targets.Count == 0)
            {
                return chain.Count == 1
                    ? new CnameWalk(chain, CnameEnd.NoCname, cname)
                    : await EndAsync(querier, server, chain, time, cancellationToken).ConfigureAwait(false);
            }

            if (targets.Count > 1)
            {
                return new CnameWalk(chain, CnameEnd.SeveralCnames, cname) { Owner = owner, Others = targets };
            }

            var others = cname.Answers.Concat(address.Answered ? address.Answers : [])
                .Where(r => DnsName.Normalize(r.DomainName) == owner && !Allowed.Contains(r.RecordType))
                .Select(r => r.RecordType.ToString())
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (others.Count > 0)
            {
                return new CnameWalk(chain, CnameEnd.BesideData, address.Answered ? address : cname) { Owner = owner, Others = others };
            }

            var looped = chain.Contains(targets[0]);
            chain.Add(targets[0]);
            if (looped)
            {
                return new CnameWalk(chain, CnameEnd.Loop, cname);
            }

            if (chain.Count - 1 > maxDepth)
            {
                return new CnameWalk(chain, CnameEnd.TooDeep, cname);
            }

            name = targets[0];
        }
    }

    private static async Task<CnameWalk> EndAsync(DnsQuerier querier, IPEndPoint server, List<string> chain, TimeSpan budget, CancellationToken cancellationToken)
    {
        var final = await AddressLookup.QueryAsync(querier, server, chain[^1], budget, cancellationToken).ConfigureAwait(false);
        var last = final.Primary;
        var end = final.Addresses.Count > 0 ? CnameEnd.Address
            : !last.Answered ? CnameEnd.NoAnswer
            : last.IsNxDomain ? CnameEnd.Dangling
            // NODATA counts as dangling only from a server that knows: an authoritative or a recursive one.
            // Anything else is a referral: the name is simply not this server's to answer.
            : last.IsNoError ? (last.Authoritative || last.RecursionAvailable ? CnameEnd.Dangling : CnameEnd.OutsideServer)
            : last.ResponseCode == DnsHeaderResponseCode.Refused ? CnameEnd.OutsideServer
            : CnameEnd.TargetFails;
        return new CnameWalk(chain, end, last) { Addresses = final.Addresses };
    }
}
