using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>How the DNS checks plan: one unit per server they ask, or one skip naming what is missing.</summary>
internal static class DnsUnits
{
    /// <summary>One unit per server; when there is none, a single unit that skips with <paramref name="noServer"/>.</summary>
    public static IEnumerable<CheckUnit> PerServer(
        string check,
        CheckTarget target,
        IReadOnlyList<IPEndPoint> servers,
        string noServer,
        Func<IPEndPoint, CheckContext, CancellationToken, Task<Finding>> run) =>
        servers.Count == 0
            ? Skipped(check, target, DnsTexts.Format(noServer))
            : servers.Select(server => new CheckUnit(check, server.ToString(), (ctx, ct) => run(server, ctx, ct)));

    /// <summary>The single unit of a check that lacks an input: it reports <c>skip</c> with the reason.</summary>
    public static CheckUnit[] Skipped(string check, CheckTarget target, LocalizedText reason) =>
        [new CheckUnit(check, target.Fqdn, (_, _) => Task.FromResult(DnsFindings.Skip(check, target.Fqdn, reason)))];
}
