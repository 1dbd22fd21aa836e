namespace VpnBot.Diagnostics.Dns;

/// <summary>
/// Evidence keys the DNS checks set. Diagnosis rules, cards and scripts read them: never rename one.
/// Lists are comma-separated; servers appear as <c>ADDR:PORT</c> (or <c>system</c>).
/// </summary>
public static class DnsEvidence
{
    /// <summary>The server or resolver asked.</summary>
    public const string Server = "server";

    /// <summary>The response code mnemonic (<c>NOERROR</c>, <c>NXDOMAIN</c>, <c>SERVFAIL</c>, <c>REFUSED</c>, ...) or one of <see cref="DnsRcode"/>'s non-answers.</summary>
    public const string Rcode = "rcode";

    /// <summary>Addresses the answer gave for the name (A and AAAA, after any CNAME in the answer).</summary>
    public const string Addresses = "addresses";

    /// <summary><c>true</c> when the reply had the Authoritative Answer bit.</summary>
    public const string Aa = "aa";

    /// <summary><c>true</c> when the reply had the Recursion Available bit.</summary>
    public const string Ra = "ra";

    /// <summary>The TTL, in seconds, of the records the finding is about.</summary>
    public const string Ttl = "ttl";

    /// <summary>Time the question took, in milliseconds.</summary>
    public const string ElapsedMs = "elapsedMs";

    /// <summary><c>udp</c>, <c>tcp</c> (the UDP reply was truncated or unreadable and the question was asked again over TCP) or <c>system</c>.</summary>
    public const string Transport = "transport";

    /// <summary>What went wrong when there was no usable reply (socket error, <c>id-mismatch</c>, <c>unparsable</c>, ...).</summary>
    public const string Detail = "detail";

    /// <summary>Addresses the configuration says the name must have.</summary>
    public const string Expected = "expected";

    /// <summary>Expected addresses the answer lacked.</summary>
    public const string NotReturned = "notReturned";

    /// <summary>dns.consistency: <c>server=serial, ...</c>.</summary>
    public const string Serials = "serials";

    /// <summary>dns.consistency: servers whose SOA serial is lower than the highest one seen.</summary>
    public const string Behind = "behind";

    /// <summary>dns.consistency: servers that answer without the record others have.</summary>
    public const string Missing = "missing";

    /// <summary>dns.consistency: servers whose addresses differ from the most up-to-date server's.</summary>
    public const string Differing = "differing";

    /// <summary>dns.consistency: <c>server=addr addr, ...</c>.</summary>
    public const string Answers = "answers";

    /// <summary>dns.consistency: the zone apex the serials belong to.</summary>
    public const string Zone = "zone";

    /// <summary>Servers that gave no usable reply.</summary>
    public const string Unanswered = "unanswered";

    /// <summary>dns.cache: what the resolver serves (addresses, or the negative response code).</summary>
    public const string Cached = "cached";

    /// <summary>dns.cache: what the authoritative servers serve.</summary>
    public const string Authoritative = "authoritative";

    /// <summary>dns.cache: seconds the resolver will keep serving its stale answer.</summary>
    public const string RemainingTtl = "remainingTtl";

    /// <summary>dns.split-horizon: addresses in the answer that the internet cannot reach.</summary>
    public const string Private = "private";

    /// <summary>dns.split-horizon: <c>addr=range, ...</c> naming the range each private address falls in.</summary>
    public const string PrivateRanges = "privateRanges";

    /// <summary>dns.ttl: the threshold in seconds.</summary>
    public const string MaxTtl = "maxTtl";

    /// <summary>dns.cname: the chain as followed, <c>a -&gt; b -&gt; c</c>.</summary>
    public const string Chain = "chain";

    /// <summary>dns.cname: the threshold.</summary>
    public const string MaxDepth = "maxDepth";

    /// <summary>dns.cname: the owner that has a CNAME beside other records.</summary>
    public const string Owner = "owner";

    /// <summary>dns.cname: the record types found beside the CNAME.</summary>
    public const string OtherTypes = "otherTypes";

    /// <summary>dns.ptr: the address whose reverse record was checked.</summary>
    public const string Address = "address";

    /// <summary>dns.ptr: the names the PTR record gives.</summary>
    public const string PtrNames = "ptr";

    /// <summary>dns.ptr: <c>true</c> when the PTR name resolves back to the address.</summary>
    public const string ForwardConfirmed = "forwardConfirmed";

    /// <summary>dns.ptr, when the unit covered several addresses: <c>addr=confirmed|missing|other-name|not-confirmed|unavailable|no-answer, ...</c>.</summary>
    public const string Results = "results";
}

/// <summary>Values of <see cref="DnsEvidence.Rcode"/> when no DNS response code came back.</summary>
public static class DnsRcode
{
    /// <summary>No reply within the time allowed.</summary>
    public const string Timeout = "timeout";

    /// <summary>A reply came that is not a usable DNS message.</summary>
    public const string Malformed = "malformed";

    /// <summary>The exchange failed at the network (unreachable, refused, connection closed).</summary>
    public const string NetworkError = "network-error";
}
