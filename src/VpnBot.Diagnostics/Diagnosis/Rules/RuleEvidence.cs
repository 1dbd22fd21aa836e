namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>
/// The evidence keys and values the rules read, as the DNS checks write them: lists are comma-separated
/// and servers appear as <c>ADDR:PORT</c>. Probe outcomes use <see cref="Probes.ProbeOutcome"/>.
/// </summary>
internal static class RuleEvidence
{
    /// <summary>Response code mnemonic (<c>NOERROR</c>, <c>NXDOMAIN</c>, <c>SERVFAIL</c>, ...) or <c>timeout</c>, <c>malformed</c>, <c>network-error</c>.</summary>
    public const string Rcode = "rcode";

    /// <summary>Addresses an answer gave for the name.</summary>
    public const string Addresses = "addresses";

    /// <summary>Expected addresses the answer lacked.</summary>
    public const string NotReturned = "notReturned";

    /// <summary>Addresses the configuration says the name must have.</summary>
    public const string Expected = "expected";

    /// <summary>dns.consistency: servers whose SOA serial is lower than the highest one seen.</summary>
    public const string Behind = "behind";

    /// <summary>dns.consistency: servers that answer without the record others have.</summary>
    public const string Missing = "missing";

    /// <summary>dns.consistency: servers whose addresses differ from the most up-to-date server's.</summary>
    public const string Differing = "differing";

    /// <summary>dns.cache: what the resolver serves (addresses, or a negative response code).</summary>
    public const string Cached = "cached";

    /// <summary>dns.cache: what the authoritative servers serve.</summary>
    public const string Authoritative = "authoritative";

    /// <summary>dns.cache: seconds the resolver will keep its stale answer.</summary>
    public const string RemainingTtl = "remainingTtl";

    /// <summary>dns.split-horizon: answered addresses the internet cannot reach.</summary>
    public const string Private = "private";

    /// <summary>dns.ttl: the record's TTL in seconds.</summary>
    public const string Ttl = "ttl";

    /// <summary>dns.ttl: the threshold in seconds.</summary>
    public const string MaxTtl = "maxTtl";

    /// <summary>dns.cname: the chain as followed.</summary>
    public const string Chain = "chain";

    /// <summary>dns.ptr: the address whose reverse record was checked.</summary>
    public const string Address = "address";

    /// <summary>Certificate checks: the certificate's subject as the certificate store shows it.</summary>
    public const string CertificateSubject = "subject";

    /// <summary>cert.name: the certificate's most specific Common Name, or <c>(none)</c>.</summary>
    public const string CommonName = "cn";

    /// <summary>cert.chain: what stops the chain, comma-separated tokens (<c>bad-signature</c>, <c>partial-chain</c>, ...), or <c>(none)</c>.</summary>
    public const string ChainProblems = "problems";

    /// <summary>cert.chain: the chain as built, subjects joined with <c> &gt; </c>, leaf first (the key dns.cname uses for its own chain).</summary>
    public const string CertificateChain = Chain;

    /// <summary>cert.chain: the last certificate of the chain as built.</summary>
    public const string ChainRoot = "root";

    /// <summary>cert.chain: the issuer that could not be found, when <c>partial-chain</c> is the first problem.</summary>
    public const string MissingIssuer = "missingIssuer";

    /// <summary>cert.chain: the issuing CA's end of validity, when <c>issuer-expired</c> is the first problem.</summary>
    public const string IssuerNotAfter = "issuerNotAfter";

    /// <summary>cert.chain: <c>index: flags</c> for each chain element with a problem.</summary>
    public const string ElementStatus = "elementStatus";

    public const string NoError = "NOERROR";
    public const string NxDomain = "NXDOMAIN";
}
