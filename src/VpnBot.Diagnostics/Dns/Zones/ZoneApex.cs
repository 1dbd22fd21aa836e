using DnsClient.Protocol;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>
/// Finds the zone a name lives in from SOA answers: the SOA comes back in the answer section when the
/// name is the apex, and in the authority section of a NODATA or NXDOMAIN reply otherwise (RFC 2308 §2).
/// </summary>
internal static class ZoneApex
{
    /// <summary>The apex most servers name, the most specific one on a tie; null when no answer names one that contains <paramref name="fqdn"/>.</summary>
    public static string? Find(string fqdn, IEnumerable<DnsAnswer> soaAnswers)
    {
        ArgumentNullException.ThrowIfNull(soaAnswers);
        var name = DnsName.Normalize(fqdn);
        return soaAnswers
            .Where(a => a.Answered)
            .Select(a => a.Answers.Concat(a.Authorities).OfType<SoaRecord>().Select(s => DnsName.Normalize(s.DomainName)).FirstOrDefault(owner => Contains(owner, name)))
            .OfType<string>()
            .GroupBy(owner => owner, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key)
            .FirstOrDefault();
    }

    /// <summary>The serial of the SOA owned by <paramref name="apex"/> in <paramref name="answer"/>'s answer section.</summary>
    public static uint? Serial(string apex, DnsAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.IsNoError)
        {
            return null;
        }

        var soa = answer.Answers.OfType<SoaRecord>().FirstOrDefault(s => DnsName.Equal(s.DomainName.Value, apex));
        return soa?.Serial;
    }

    /// <summary>True when <paramref name="apex"/> is <paramref name="name"/> or one of its ancestors (the root excluded: it proves nothing about the zone).</summary>
    private static bool Contains(string apex, string name) =>
        apex.Length > 0 && (name == apex || name.EndsWith("." + apex, StringComparison.Ordinal));
}
