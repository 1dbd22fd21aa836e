using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>One internal server's authoritative (AA) answer for the name's addresses.</summary>
internal sealed record AuthoritativeAnswer(string Server, IReadOnlyList<IPAddress> Addresses, bool NxDomain)
{
    /// <summary>The addresses, or <c>NXDOMAIN</c> / <c>NODATA</c>.</summary>
    public string Text => AnswerText(Addresses, NxDomain);

    public bool Matches(IReadOnlyCollection<IPAddress> addresses) => Addresses.ToHashSet().SetEquals(addresses);

    public static string AnswerText(IReadOnlyList<IPAddress> addresses, bool nxDomain) =>
        addresses.Count > 0 ? DnsEvidenceBuilder.Join(addresses) : nxDomain ? "NXDOMAIN" : "NODATA";
}

/// <summary>
/// What the internal servers say about the name with authority, asked once per run and shared by every
/// unit that compares a cache against it. Only replies with the AA bit count: a forwarding server's
/// answer may itself be a stale copy.
/// </summary>
/// <param name="Answers">The authoritative answers, in server order.</param>
/// <param name="Unanswered">Servers that gave no definite answer (silence, garbage, SERVFAIL): they might have had authority.</param>
internal sealed record AuthoritativeView(IReadOnlyList<AuthoritativeAnswer> Answers, IReadOnlyList<string> Unanswered)
{
    private const string SharedKey = "dns.authoritative-view";

    public static Task<AuthoritativeView> GetAsync(CheckContext context, DnsQuerier querier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetSharedAsync(SharedKey, (shared, ct) => BuildAsync(shared, querier, ct), cancellationToken);
    }

    private static async Task<AuthoritativeView> BuildAsync(CheckContext shared, DnsQuerier querier, CancellationToken cancellationToken)
    {
        var budget = shared.Remaining;
        var lookups = await Task.WhenAll(shared.Target.InternalDns.Select(s => AddressLookup.QueryAsync(querier, s, shared.Target.Fqdn, budget, cancellationToken))).ConfigureAwait(false);
        var definite = lookups.Where(l => l.A.IsDefinite && l.Aaaa.IsDefinite).ToList();
        return new AuthoritativeView(
            [.. definite.Where(l => l.A.Authoritative).Select(l => new AuthoritativeAnswer(l.A.Server, l.Addresses, l.A.IsNxDomain))],
            [.. lookups.Except(definite).Select(l => l.A.Server)]);
    }
}
