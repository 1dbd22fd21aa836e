namespace VpnBot.Diagnostics.Tests.Dns.Wire;

/// <summary>
/// A zone the test server answers from the way an authoritative server does: exact matches, CNAMEs
/// chased inside the zone, NODATA and NXDOMAIN with the SOA in the authority section (RFC 2308 §2),
/// REFUSED outside the zone.
/// </summary>
internal sealed class TestZone(string apex, uint serial = 2024010101)
{
    public string Apex { get; } = apex;

    public uint Serial { get; set; } = serial;

    public bool Authoritative { get; set; } = true;

    public bool RecursionAvailable { get; set; }

    public uint SoaTtl { get; set; } = 3600;

    public uint SoaMinimum { get; set; } = 300;

    public List<Rr> Records { get; } = [];

    /// <summary>Names answered with a fixed response code and nothing else.</summary>
    public Dictionary<string, int> RcodeFor { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Answer for names outside the zone. Default REFUSED, as an authoritative-only server does.</summary>
    public int OutOfZoneRcode { get; set; } = 5;

    public TestZone With(params Rr[] records)
    {
        Records.AddRange(records);
        return this;
    }

    public byte[] Answer(DnsQueryMessage query)
    {
        var reply = query.Reply();
        reply.Authoritative = Authoritative;
        reply.RecursionAvailable = RecursionAvailable;
        if (RcodeFor.TryGetValue(query.Name, out var forced))
        {
            reply.Authoritative = false;
            reply.Rcode = forced;
            return reply.Build();
        }

        if (!InZone(query.Name))
        {
            reply.Authoritative = false;
            reply.Rcode = OutOfZoneRcode;
            return reply.Build();
        }

        var name = query.Name;
        for (var hop = 0; hop < 16; hop++)
        {
            var exact = All().Where(r => Same(r.Owner, name) && r.Type == query.Type).ToList();
            if (exact.Count > 0)
            {
                reply.Answers.AddRange(exact);
                return reply.Build();
            }

            var cname = query.Type == RrType.Cname ? null : All().FirstOrDefault(r => Same(r.Owner, name) && r.Type == RrType.Cname);
            if (cname is null)
            {
                break;
            }

            reply.Answers.Add(cname);
            name = DecodeName(cname.Rdata);
            if (!InZone(name))
            {
                return reply.Build();
            }
        }

        // RFC 6604: the response code speaks for the last name of the chain.
        reply.Rcode = All().Any(r => Same(r.Owner, name)) ? 0 : 3;
        reply.Authorities.Add(Soa() with { Ttl = Math.Min(SoaTtl, SoaMinimum) });
        return reply.Build();
    }

    public Rr Soa() => Rr.Soa(Apex, Serial, SoaTtl, SoaMinimum);

    private IEnumerable<Rr> All() => Records.Append(Soa());

    public bool Holds(string name) => InZone(name);

    private bool InZone(string name) => Same(name, Apex) || name.EndsWith("." + Apex, StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) => string.Equals(a.TrimEnd('.'), b.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static string DecodeName(byte[] wire)
    {
        var labels = new List<string>();
        for (var i = 0; i < wire.Length && wire[i] != 0; i += wire[i] + 1)
        {
            labels.Add(System.Text.Encoding.ASCII.GetString(wire, i + 1, wire[i]));
        }

        return string.Join('.', labels);
    }
}
