using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Dns.Zones;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>
/// What one site's DNS says about the name, from its inside vantage points: the addresses its servers give
/// (<c>dns.resolve</c> answers that settle the name), and the newest SOA serial they hold (<c>dns.consistency</c>'s
/// <c>serials</c>, with its <c>zone</c>).
/// </summary>
/// <param name="Answer">The addresses, sorted, or the denial (<see cref="Denied"/>); null when no server settled the name.</param>
internal sealed record SiteView(string Site, string? Answer, IReadOnlyList<Seen> Answers, string? Zone, uint? Serial, Seen? SerialFinding)
{
    /// <summary>The answer of a site whose servers all say the name has no address.</summary>
    public const string Denied = "NXDOMAIN";

    public bool Denies => Answer == Denied;

    /// <summary>One view per site that has inside vantage points, in the order the sites first report.</summary>
    public static IReadOnlyList<SiteView> Of(VantageInput input) =>
    [
        .. input.On(VantageKind.Inside)
            .GroupBy(r => r.Point.Site, StringComparer.OrdinalIgnoreCase)
            .Select(site => Read(site.Key, [.. site])),
    ];

    private static SiteView Read(string site, IReadOnlyList<VantageReport> reports)
    {
        var answers = reports.Findings(CheckIds.DnsResolve).Where(s => s.Finding.SettlesName()).ToList();
        var addresses = answers.SelectMany(s => s.Finding.Addresses()).Distinct().Select(a => a.ToString()).Order(StringComparer.Ordinal).ToList();
        var answer = answers.Count == 0 ? null
            : addresses.Count > 0 ? string.Join(", ", addresses)
            : Denied;

        // The newest serial any of the site's servers holds: the site is behind only when even that one is.
        (string Zone, uint Serial, Seen Finding)? newest = null;
        foreach (var seen in reports.Findings(CheckIds.DnsConsistency))
        {
            var zone = seen.Finding.Fact(DnsEvidence.Zone);
            var serials = Serials(seen.Finding.Fact(DnsEvidence.Serials));
            if (zone is null || serials.Count == 0)
            {
                continue;
            }

            var top = SerialNumber.Newest(serials);
            if (newest is null || SerialNumber.IsBehind(newest.Value.Serial, top))
            {
                newest = (zone, top, seen);
            }
        }

        return new SiteView(site, answer, answers, newest?.Zone, newest?.Serial, newest?.Finding);
    }

    /// <summary>The numeric serials of <c>server=serial, ...</c> (<c>none</c> for a server that gave no SOA).</summary>
    private static List<uint> Serials(string? text) =>
        text is null
            ? []
            : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair[(pair.LastIndexOf('=') + 1)..])
                .Select(value => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) ? serial : (uint?)null)
                .OfType<uint>()];

    /// <summary>The addresses the site's servers gave.</summary>
    public IEnumerable<IPAddress> Addresses => Answers.SelectMany(s => s.Finding.Addresses()).Distinct();
}
