using System.Globalization;
using DnsClient;

namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>The mnemonics administrators know from dig and nslookup, for the <c>rcode</c> evidence value.</summary>
internal static class ResponseCodeNames
{
    /// <summary>RFC 1035 §4.1.1 (0–5), RFC 2136 §2.2 (6–10); unassigned codes as <c>RCODE{n}</c>.</summary>
    public static string Of(DnsHeaderResponseCode code) => (int)code switch
    {
        0 => "NOERROR",
        1 => "FORMERR",
        2 => "SERVFAIL",
        3 => "NXDOMAIN",
        4 => "NOTIMP",
        5 => "REFUSED",
        6 => "YXDOMAIN",
        7 => "YXRRSET",
        8 => "NXRRSET",
        9 => "NOTAUTH",
        10 => "NOTZONE",
        var other => "RCODE" + other.ToString(CultureInfo.InvariantCulture),
    };
}
