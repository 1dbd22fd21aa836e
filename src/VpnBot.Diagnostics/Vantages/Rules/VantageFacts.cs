using System.Net;
using VpnBot.Diagnostics.Diagnosis.Rules;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Dns.Reporting;
using VpnBot.Diagnostics.Dns.Zones;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Vantages.Rules;

/// <summary>One finding and the vantage point it was made from.</summary>
internal sealed record Seen(VantagePoint Point, Finding Finding);

/// <summary>The facts the vantage rules compare, read from the evidence the checks write.</summary>
internal static class VantageFacts
{
    /// <summary>The findings of the given checks at these vantage points, each with where it was seen.</summary>
    public static List<Seen> Findings(this IEnumerable<VantageReport> reports, params string[] checks) =>
        [.. reports.SelectMany(r => r.Report.Findings.Where(f => checks.Contains(f.Check)).Select(f => new Seen(r.Point, f)))];

    /// <summary>The addresses an answer gave (<c>addresses</c>), parsed; anything unparsable is left out.</summary>
    public static IReadOnlyList<IPAddress> Addresses(this Finding finding) =>
        [.. finding.Facts(DnsEvidence.Addresses).Select(Parse).OfType<IPAddress>()];

    /// <summary>
    /// The answered addresses the internet cannot reach: <c>dns.split-horizon</c> names them (<c>private</c>);
    /// for <c>dns.resolve</c>, which does not, they are classified here the same way.
    /// </summary>
    public static IReadOnlyList<IPAddress> PrivateAddresses(this Finding finding)
    {
        var named = finding.Facts(DnsEvidence.Private).Select(Parse).OfType<IPAddress>().ToList();
        return named.Count > 0 ? named : [.. finding.Addresses().Where(a => AddressScope.Classify(a) is not null)];
    }

    /// <summary>The address a probe dialled: its <c>address</c> evidence, else its subject; null when neither is an address (a name).</summary>
    public static IPAddress? Dialled(this Finding probe) =>
        (probe.Fact(RuleEvidence.Address) is { } address ? Parse(address) : null) ?? Parse(probe.Subject);

    /// <summary>
    /// True when a probe dialled an address the internet cannot reach: from outside, its silence says nothing
    /// about the edge, only that the name led there.
    /// </summary>
    public static bool DialledPrivate(this Finding probe) =>
        probe.Dialled() is { } dialled && AddressScope.Classify(dialled) is not null;

    /// <summary>The DNS server a finding asked, as a sentence names it (the operating system's resolver by name, not <c>system</c>).</summary>
    public static LocalizedText Server(this Finding finding) =>
        finding.Subject == SystemResolver.Label ? DnsTexts.Format(nameof(DnsText.SystemResolverName)) : LocalizedText.Invariant(finding.Subject);

    /// <summary>Distinct servers, as a list in either language.</summary>
    public static LocalizedText Servers(this IEnumerable<Seen> seen) =>
        LocalizedText.List(seen.Select(s => s.Finding).DistinctBy(f => f.Subject, StringComparer.Ordinal).Select(Server));

    /// <summary>Distinct vantage points, each as <c>name (site, outside)</c>.</summary>
    public static LocalizedText Points(this IEnumerable<Seen> seen) =>
        LocalizedText.List(seen.Select(s => s.Point).Distinct().Select(VantageLabels.Of));

    /// <summary>Distinct addresses as one list.</summary>
    public static string List(this IEnumerable<IPAddress> addresses) =>
        RuleText.List(addresses.Select(a => a.ToString()));

    /// <summary>An address, an <c>ADDR:PORT</c> endpoint (<c>[v6]:port</c> included), or null.</summary>
    private static IPAddress? Parse(string text)
    {
        // IPAddress.TryParse also reads a bare number ("12" is 0.0.0.12), which no check writes as an address.
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return Unmapped(address);
        }

        return IPEndPoint.TryParse(text, out var endpoint) ? Unmapped(endpoint.Address) : null;
    }

    private static IPAddress Unmapped(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
