using System.Net;
using DnsClient;
using DnsClient.Protocol;
using VpnBot.Diagnostics.Dns.Zones;

namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>
/// What one server said to one question, or why it said nothing usable. Every query ends in one of
/// these: a timeout, a malformed reply or a network error is a result with its evidence, not an exception.
/// </summary>
internal sealed record DnsAnswer
{
    /// <summary><c>ADDR:PORT</c> of the server asked, or <c>system</c>.</summary>
    public required string Server { get; init; }

    public required string Name { get; init; }

    public required QueryType Type { get; init; }

    public required DnsOutcome Outcome { get; init; }

    /// <summary>The response code; meaningful only when <see cref="Outcome"/> is <see cref="DnsOutcome.Answered"/>.</summary>
    public DnsHeaderResponseCode ResponseCode { get; init; }

    /// <summary>AA: the server answered from a zone it holds (RFC 1035 §4.1.1).</summary>
    public bool Authoritative { get; init; }

    /// <summary>RA: the server offers recursion (it is a resolver, or also one).</summary>
    public bool RecursionAvailable { get; init; }

    /// <summary>TC on the final reply (only possible when even TCP came back truncated).</summary>
    public bool Truncated { get; init; }

    public DnsTransport Transport { get; init; }

    /// <summary>True when the UDP reply was truncated or unreadable and the question was asked again over TCP (RFC 7766 §5).</summary>
    public bool RetriedOverTcp { get; init; }

    public IReadOnlyList<DnsResourceRecord> Answers { get; init; } = [];

    public IReadOnlyList<DnsResourceRecord> Authorities { get; init; } = [];

    /// <summary>A and AAAA addresses for <see cref="Name"/>, following CNAMEs inside the answer section.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    /// <summary>Why there is no usable reply: a socket error name or a short tag. Never free text from the wire.</summary>
    public string? Detail { get; init; }

    /// <summary>The <c>rcode</c> evidence value.</summary>
    public string Rcode => Outcome switch
    {
        DnsOutcome.Answered => ResponseCodeNames.Of(ResponseCode),
        DnsOutcome.Timeout => DnsRcode.Timeout,
        DnsOutcome.Malformed => DnsRcode.Malformed,
        _ => DnsRcode.NetworkError,
    };

    public bool Answered => Outcome == DnsOutcome.Answered;

    public bool IsNoError => Answered && ResponseCode == DnsHeaderResponseCode.NoError;

    public bool IsNxDomain => Answered && ResponseCode == DnsHeaderResponseCode.NotExistentDomain;

    /// <summary>NOERROR or NXDOMAIN: the server gave a definite yes or no about the name.</summary>
    public bool IsDefinite => IsNoError || IsNxDomain;

    /// <summary>The SOA in the authority section of a negative answer: its TTL is how long the "no" may be cached (RFC 2308 §5).</summary>
    public SoaRecord? NegativeSoa => Authorities.OfType<SoaRecord>().FirstOrDefault();

    /// <summary>Records of the answer section owned by <see cref="Name"/> or by a CNAME target reached from it.</summary>
    public IEnumerable<DnsResourceRecord> ChainRecords()
    {
        var owners = ChainOwners(Name, Answers);
        return Answers.Where(r => owners.Contains(DnsName.Normalize(r.DomainName)));
    }

    public static DnsAnswer FromResponse(string server, DnsQuestion question, IDnsQueryResponse response, DnsTransport transport, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(response);
        var name = DnsName.Normalize(question.QueryName);
        var answers = response.Answers.ToList();
        var owners = ChainOwners(name, answers);
        return new DnsAnswer
        {
            Server = server,
            Name = name,
            Type = question.QuestionType,
            Outcome = DnsOutcome.Answered,
            ResponseCode = response.Header.ResponseCode,
            Authoritative = response.Header.HasAuthorityAnswer,
            RecursionAvailable = response.Header.RecursionAvailable,
            Truncated = response.Header.ResultTruncated,
            Transport = transport,
            Answers = answers,
            Authorities = [.. response.Authorities],
            Addresses = [.. answers.OfType<AddressRecord>().Where(a => owners.Contains(DnsName.Normalize(a.DomainName))).Select(a => a.Address).Distinct()],
            Elapsed = elapsed,
        };
    }

    public static DnsAnswer Failed(string server, string name, QueryType type, DnsOutcome outcome, DnsTransport transport, TimeSpan elapsed, string? detail) => new()
    {
        Server = server,
        Name = DnsName.Normalize(name),
        Type = type,
        Outcome = outcome,
        Transport = transport,
        Elapsed = elapsed,
        Detail = detail,
    };

    /// <summary>The question's name and every CNAME target reachable from it inside <paramref name="answers"/> (bounded: a loop ends it).</summary>
    private static HashSet<string> ChainOwners(string name, IReadOnlyList<DnsResourceRecord> answers)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal) { DnsName.Normalize(name) };
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var cname in answers.OfType<CNameRecord>())
            {
                if (owners.Contains(DnsName.Normalize(cname.DomainName)) && owners.Add(DnsName.Normalize(cname.CanonicalName)))
                {
                    grew = true;
                }
            }
        }

        return owners;
    }
}
