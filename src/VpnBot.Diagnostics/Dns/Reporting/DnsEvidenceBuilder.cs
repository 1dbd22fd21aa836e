using System.Globalization;
using System.Net;
using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>Collects a finding's evidence in the order the facts were gathered.</summary>
internal sealed class DnsEvidenceBuilder
{
    private readonly Dictionary<string, string> _items = new(StringComparer.Ordinal);

    public DnsEvidenceBuilder Add(string key, string value)
    {
        _items[key] = value;
        return this;
    }

    public DnsEvidenceBuilder Add(string key, bool value) => Add(key, value ? "true" : "false");

    public DnsEvidenceBuilder Add(string key, long value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    public DnsEvidenceBuilder Add(string key, IEnumerable<IPAddress> addresses) => Add(key, Join(addresses));

    /// <summary>The facts of one answer: server, rcode, addresses, flags, TTL, elapsed time, transport, detail.</summary>
    public DnsEvidenceBuilder Answer(DnsAnswer answer, IReadOnlyList<IPAddress>? addresses = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        Add(DnsEvidence.Server, answer.Server);
        Add(DnsEvidence.Rcode, answer.Rcode);
        addresses ??= answer.Addresses;
        if (addresses.Count > 0)
        {
            Add(DnsEvidence.Addresses, addresses);
        }

        if (answer.Answered && answer.Transport != DnsTransport.System)
        {
            Add(DnsEvidence.Aa, answer.Authoritative);
            Add(DnsEvidence.Ra, answer.RecursionAvailable);
            var ttls = answer.ChainRecords().Select(r => (long)r.InitialTimeToLive).ToList();
            if (ttls.Count > 0)
            {
                Add(DnsEvidence.Ttl, ttls.Min());
            }
        }

        Add(DnsEvidence.ElapsedMs, (long)answer.Elapsed.TotalMilliseconds);
        Add(DnsEvidence.Transport, Transport(answer.Transport));
        if (answer.Detail is { } detail)
        {
            Add(DnsEvidence.Detail, detail);
        }

        return this;
    }

    public IReadOnlyDictionary<string, string> Build() => _items;

    public static string Join(IEnumerable<IPAddress> addresses) => string.Join(", ", addresses.Select(a => a.ToString()));

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);

    private static string Transport(DnsTransport transport) => transport switch
    {
        DnsTransport.Tcp => "tcp",
        DnsTransport.System => "system",
        _ => "udp",
    };
}
