using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Certificates;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Diagnosis.Rules.Paths;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

/// <summary>For every cause id, findings that produce it: the sample the cross-cutting tests run every rule over.</summary>
internal static class RuleScenarios
{
    public static IReadOnlyDictionary<string, Finding[]> ByCause { get; } = new Dictionary<string, Finding[]>(StringComparer.Ordinal)
    {
        [NameMissingRule.Id] = [Resolve(Primary, "NXDOMAIN")],
        [PublicRecordMissingRule.Id] = [Resolve(Primary, "NOERROR", "10.0.0.5"), External("NXDOMAIN")],
        [WrongAddressRule.Id] = [Finding(CheckIds.DnsResolve, CheckStatus.Warn, Primary, ("rcode", "NOERROR"), ("addresses", "203.0.113.99"), ("notReturned", "203.0.113.10"))],
        [ZoneReplicationRule.SecondaryStaleId] = [Fail(CheckIds.DnsConsistency, "example.com", ("behind", Secondary), ("missing", Secondary))],
        [ZoneReplicationRule.ServersDisagreeId] = [Fail(CheckIds.DnsConsistency, "example.com", ("differing", Secondary))],
        [ServersUnansweringRule.Id] = [Resolve(Primary, "timeout")],
        [ServerUnansweringRule.Id] = [Resolve(Primary, "NOERROR"), Resolve(Secondary, "timeout")],
        [StaleCacheRule.Id] = [Fail(CheckIds.DnsCache, "198.18.0.53:53", ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"), ("remainingTtl", "600"))],
        [StaleCacheRule.ResolverFailingId] = [Fail(CheckIds.DnsCache, "198.18.0.53:53", ("rcode", "timeout"))],
        [SplitHorizonLeakRule.Id] = [Fail(CheckIds.DnsSplitHorizon, PublicResolver, ("rcode", "NOERROR"), ("addresses", "10.0.0.5"), ("private", "10.0.0.5"))],
        [NotAuthoritativeRule.Id] = [Fail(CheckIds.DnsAuthority, Primary)],
        [CnameRule.Id] = [Fail(CheckIds.DnsCname, Fqdn, ("chain", "vpn.example.com -> missing.example.net"))],
        [LongTtlRule.Id] = [Finding(CheckIds.DnsTtl, CheckStatus.Warn, Fqdn, ("ttl", "86400"), ("maxTtl", "3600"))],
        [ReverseRecordRule.Id] = [Fail(CheckIds.DnsPtr, "203.0.113.10", ("address", "203.0.113.10"))],
        [Udp500BlockedRule.Id] = [Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.Answered)],
        [IkeSilentRule.BlockedId] = [Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer)],
        [IkeSilentRule.NotListeningId] = [Probe(CheckIds.IkeV2, ProbeOutcome.Refused), Probe(CheckIds.IkeNatT, ProbeOutcome.Refused)],
        [IkePolicyMismatchRule.IkeV2Id] = [Probe(CheckIds.IkeV2, ProbeOutcome.NoProposalChosen)],
        [IkePolicyMismatchRule.IkeV1Id] = [Probe(CheckIds.IkeV1, ProbeOutcome.NoProposalChosen)],
        [PptpBlockedRule.Id] = [Probe(CheckIds.PptpControl, ProbeOutcome.NoAnswer)],
        [GreBlockedRule.Id] = [Fail(CheckIds.GrePath), Probe(CheckIds.PptpControl, ProbeOutcome.Answered)],
        [SstpListenerRule.DownId] = [Probe(CheckIds.SstpListener, ProbeOutcome.Refused)],
        [SstpListenerRule.ShadowedId] = [Probe(CheckIds.SstpListener, ProbeOutcome.Rejected)],
        [SstpListenerRule.TlsFailedId] = [Probe(CheckIds.SstpListener, ProbeOutcome.TlsFailed)],
        [NetworkPolicyRule.FirewallId] = [Fail(CheckIds.FirewallRules, "fw01")],
        [NetworkPolicyRule.NatForwardingId] = [Fail(CheckIds.NatForwarding, "edge-router")],
        [CertificateNameRule.Id] = [Fail(CheckIds.CertName, Fqdn + ":443")],
        [CertificateExpiryRule.ExpiredId] = [Fail(CheckIds.CertExpiry, Fqdn + ":443")],
        [CertificateExpiryRule.ExpiringId] = [Finding(CheckIds.CertExpiry, CheckStatus.Warn, Fqdn + ":443")],
        [CertificateChainRule.UntrustedRootId] = [Fail(CheckIds.CertChain, Fqdn + ":443", ("chain", "CN=vpn > CN=Rogue Root"), ("root", "CN=Rogue Root"), ("problems", "untrusted-root"))],
        [CertificateChainRule.IncompleteId] = [Fail(CheckIds.CertChain, Fqdn + ":443", ("problems", "partial-chain"), ("missingIssuer", "CN=Issuing CA"))],
        [CertificateChainRule.IssuerExpiredId] = [Fail(CheckIds.CertChain, Fqdn + ":443", ("problems", "issuer-expired"), ("issuerNotAfter", "2030-05-22T09:00:00Z"))],
        [CertificateChainRule.BadSignatureId] = [Fail(CheckIds.CertChain, Fqdn + ":443", ("problems", "bad-signature"))],
        [CertificateChainRule.InvalidId] = [Fail(CheckIds.CertChain, Fqdn + ":443", ("problems", "other"), ("elementStatus", "1: InvalidBasicConstraints"))],
        [CertificateEkuRule.Id] = [Fail(CheckIds.CertEku, Fqdn + ":443", ("eku", "1.3.6.1.5.5.7.3.2 (Client Authentication)"), ("keyUsage", "DigitalSignature"))],
        [CertificateEkuRule.KeyUsageId] = [Fail(CheckIds.CertEku, Fqdn + ":443", ("eku", "(none: any purpose)"), ("keyUsage", "KeyEncipherment"))],
        [CertificateEkuRule.UnreadableId] = [Fail(CheckIds.CertEku, Fqdn + ":443", ("eku", ""), ("keyUsage", "(none: any use)"))],
        [CertificateRevocationRule.OfflineId] = [Fail(CheckIds.CertRevocation, Fqdn + ":443")],
        [CertificateRevocationRule.RevokedId] = [Fail(CheckIds.CertRevocation, Fqdn + ":443").WithCodes("0x80092010")],
        [AllTunnelsFailRule.Id] =
        [
            Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer),
            Probe(CheckIds.SstpListener, ProbeOutcome.NoAnswer), Probe(CheckIds.PptpControl, ProbeOutcome.NoAnswer),
        ],
        [RrasServiceRule.Id] = [Fail(CheckIds.RrasService, "vpn01")],
    };

    public static TheoryData<string> CauseIds => [.. ByCause.Keys];

    /// <summary>Every scenario's findings at once (contradictions included): a stress test for ranking.</summary>
    public static IEnumerable<Finding> Everything() => ByCause.Values.SelectMany(findings => findings);
}
