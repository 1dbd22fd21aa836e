using VpnBot.Diagnostics.Dns.Querying;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>One server's view of the zone and the name: its SOA serial and its answer for the name's addresses.</summary>
internal sealed record ServerView(string Server, uint? Serial, AddressLookup Lookup)
{
    public bool HasRecord => Lookup.Addresses.Count > 0;

    /// <summary>Both questions got a definite reply (NOERROR or NXDOMAIN) without an address.</summary>
    public bool LacksRecord => !HasRecord && Lookup.A.IsDefinite && Lookup.Aaaa.IsDefinite;

    /// <summary>Nothing usable came back: no serial and no definite answer.</summary>
    public bool Unanswered => Serial is null && !Lookup.A.IsDefinite && !Lookup.Aaaa.IsDefinite;

    /// <summary>The answer as evidence: the addresses, or what stood in for them.</summary>
    public string AnswerText => HasRecord
        ? string.Join(' ', Lookup.Addresses.Select(a => a.ToString()))
        : Lookup.Primary.IsNoError ? "NODATA" : Lookup.Primary.Rcode;
}
