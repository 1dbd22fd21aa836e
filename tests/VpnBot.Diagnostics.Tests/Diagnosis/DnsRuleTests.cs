using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Diagnosis.Rules.Dns;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns;
using VpnBot.Diagnostics.Tests.Dns.Wire;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

public sealed class DnsRuleTests
{
    [Fact]
    public void NameMissing_EveryServerSaysNxdomain_Explains868()
    {
        var cause = Assert.Single(new NameMissingRule().Evaluate(Run(Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "NXDOMAIN"))));

        Assert.Equal(NameMissingRule.Id, cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains(CheckIds.DnsResolve, cause.Checks);
        Assert.Contains(Secondary, cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(Fqdn, cause.Remediation[0].Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void NameMissing_TwoServersAgree_OutranksOneServer()
    {
        var rule = new NameMissingRule();

        var one = Assert.Single(rule.Evaluate(Run(Resolve(Primary, "NXDOMAIN"))));
        var two = Assert.Single(rule.Evaluate(Run(Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "NXDOMAIN"))));
        var three = Assert.Single(rule.Evaluate(Run(Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "NXDOMAIN"), External("NXDOMAIN"))));

        Assert.True(two.Score > one.Score);
        Assert.True(three.Score > two.Score);
    }

    [Fact]
    public void NameMissing_NoAddressRecordButNameExists_CountsAsMissing()
    {
        Assert.Single(new NameMissingRule().Evaluate(Run(Resolve(Primary, "NOERROR"))));
    }

    [Fact]
    public void NameMissing_TimeoutBesideNxdomain_StillMissing()
    {
        Assert.Single(new NameMissingRule().Evaluate(Run(Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "timeout"))));
    }

    [Fact]
    public void NameMissing_OneServerHasTheAddress_IsNotThisCause()
    {
        Assert.Empty(new NameMissingRule().Evaluate(Run(Resolve(Primary, "NOERROR", "203.0.113.10"), Resolve(Secondary, "NXDOMAIN"))));
    }

    [Fact]
    public void NameMissing_OnlyTimeouts_IsNotThisCause()
    {
        Assert.Empty(new NameMissingRule().Evaluate(Run(Resolve(Primary, "timeout"), Resolve(Secondary, "SERVFAIL"))));
    }

    [Fact]
    public void PublicRecordMissing_InternetSaysNxdomainWhileInsideResolves_Explains868ForRemoteUsers()
    {
        var cause = Assert.Single(new PublicRecordMissingRule().Evaluate(Run(Resolve(Primary, "NOERROR", "10.0.0.5"), External("NXDOMAIN"))));

        Assert.Equal(PublicRecordMissingRule.Id, cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Equal([CheckIds.DnsSplitHorizon, CheckIds.DnsResolve], cause.Checks);
        Assert.Contains(PublicResolver, cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicRecordMissing_InsideMissingToo_IsLeftToNameMissing()
    {
        var input = Run(Resolve(Primary, "NXDOMAIN"), External("NXDOMAIN"));

        Assert.Empty(new PublicRecordMissingRule().Evaluate(input));
        Assert.Single(new NameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicRecordMissing_InternetResolves_IsNotThisCause()
    {
        Assert.Empty(new PublicRecordMissingRule().Evaluate(Run(Resolve(Primary, "NOERROR", "10.0.0.5"), External("NOERROR", "203.0.113.10"))));
    }

    [Fact]
    public void WrongAddress_AnswerLacksTheExpectedAddress_Explains809()
    {
        var wrong = Finding(CheckIds.DnsResolve, CheckStatus.Warn, Primary, ("rcode", "NOERROR"), ("addresses", "203.0.113.99"), ("expected", "203.0.113.10"), ("notReturned", "203.0.113.10"));

        var cause = Assert.Single(new WrongAddressRule().Evaluate(Run(wrong)));

        Assert.Equal(["809", "800"], cause.ErrorCodes);
        Assert.Contains("203.0.113.10", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongAddress_PrivateAddressLeak_IsLeftToSplitHorizon()
    {
        var leak = Finding(CheckIds.DnsSplitHorizon, CheckStatus.Fail, PublicResolver, ("rcode", "NOERROR"), ("addresses", "10.0.0.5"), ("notReturned", "203.0.113.10"), ("private", "10.0.0.5"));

        Assert.Empty(new WrongAddressRule().Evaluate(Run(leak)));
    }

    [Fact]
    public void WrongAddress_ExpectedAddressReturned_IsNotThisCause()
    {
        Assert.Empty(new WrongAddressRule().Evaluate(Run(Resolve(Primary, "NOERROR", "203.0.113.10"))));
    }

    [Fact]
    public void SecondaryStale_BehindAndWithoutTheRecord_Explains868Strongly()
    {
        var consistency = Fail(CheckIds.DnsConsistency, "example.com", ("behind", Secondary), ("missing", Secondary));

        var alone = Assert.Single(new ZoneReplicationRule().Evaluate(Run(consistency)));
        var confirmed = Assert.Single(new ZoneReplicationRule().Evaluate(Run(consistency, Resolve(Secondary, "NXDOMAIN"))));

        Assert.Equal(ZoneReplicationRule.SecondaryStaleId, confirmed.Id);
        Assert.Equal(["868"], confirmed.ErrorCodes);
        Assert.Equal([CheckIds.DnsConsistency, CheckIds.DnsResolve], confirmed.Checks);
        Assert.True(confirmed.Score > alone.Score);
        Assert.Contains(Secondary, confirmed.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondaryStale_BehindButHoldingTheRecord_IsWeakerAndMayBe809()
    {
        var rule = new ZoneReplicationRule();
        var lacking = Assert.Single(rule.Evaluate(Run(Fail(CheckIds.DnsConsistency, "example.com", ("behind", Secondary), ("missing", Secondary)))));

        var behind = Assert.Single(rule.Evaluate(Run(Fail(CheckIds.DnsConsistency, "example.com", ("behind", Secondary)))));

        Assert.Equal(ZoneReplicationRule.SecondaryStaleId, behind.Id);
        Assert.Equal(["868", "809"], behind.ErrorCodes);
        Assert.True(lacking.Score > behind.Score);
    }

    [Fact]
    public void ServersDisagree_SameSerialDifferentAnswers_IsItsOwnCause()
    {
        var cause = Assert.Single(new ZoneReplicationRule().Evaluate(Run(Fail(CheckIds.DnsConsistency, "example.com", ("differing", Secondary)))));

        Assert.Equal(ZoneReplicationRule.ServersDisagreeId, cause.Id);
        Assert.Equal("809", cause.ErrorCodes[0]);
    }

    [Fact]
    public void ZoneReplication_ConsistencyPassedOrNoServersNamed_IsNotACause()
    {
        var rule = new ZoneReplicationRule();

        Assert.Empty(rule.Evaluate(Run(Finding(CheckIds.DnsConsistency, CheckStatus.Pass, "example.com", ("serials", $"{Primary}=5, {Secondary}=5")))));
        Assert.Empty(rule.Evaluate(Run(Fail(CheckIds.DnsConsistency, "example.com", ("unanswered", Secondary)))));
        Assert.Empty(rule.Evaluate(Run(Finding(CheckIds.DnsConsistency, CheckStatus.Warn, "example.com", ("behind", Secondary)))));
    }

    [Fact]
    public void ServersUnanswering_NoServerSettlesTheQuestion_Explains868()
    {
        var cause = Assert.Single(new ServersUnansweringRule().Evaluate(Run(Resolve(Primary, "timeout"), Resolve(Secondary, "SERVFAIL"))));

        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains("SERVFAIL", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ServersUnanswering_DnsClientEventsAgree_RanksHigher()
    {
        var rule = new ServersUnansweringRule();
        var alone = Assert.Single(rule.Evaluate(Run(Resolve(Primary, "timeout"))));

        var withEvents = Assert.Single(rule.Evaluate(Run(Resolve(Primary, "timeout"), Fail(CheckIds.EventsDnsClient, "client01"))));

        Assert.True(withEvents.Score > alone.Score);
        Assert.Contains(CheckIds.EventsDnsClient, withEvents.Checks);
    }

    [Fact]
    public void ServersUnanswering_OneServerAnswers_IsNotThisCause()
    {
        Assert.Empty(new ServersUnansweringRule().Evaluate(Run(Resolve(Primary, "timeout"), Resolve(Secondary, "NXDOMAIN"))));
        Assert.Empty(new ServersUnansweringRule().Evaluate(Run(Finding(CheckIds.DnsResolve, CheckStatus.Skip, Primary))));
    }

    [Fact]
    public void ServerUnanswering_OneOfTwoServersSilent_NamesItAndExplains868()
    {
        var cause = Assert.Single(new ServerUnansweringRule().Evaluate(Run(Resolve(Primary, "NOERROR"), Resolve(Secondary, "timeout"))));

        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains($"{Secondary} (timeout)", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($"{Secondary} (timeout)", cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.DoesNotContain(Primary, cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerUnanswering_AllServersSilentOrAllAnswer_IsNotThisCause()
    {
        var rule = new ServerUnansweringRule();

        Assert.Empty(rule.Evaluate(Run(Resolve(Primary, "timeout"), Resolve(Secondary, "timeout"))));
        Assert.Empty(rule.Evaluate(Run(Resolve(Primary, "NOERROR"), Resolve(Secondary, "NXDOMAIN"))));
    }

    [Fact]
    public void StaleCache_OldAddressCached_Explains809WithTheRemainingTime()
    {
        var stale = Fail(CheckIds.DnsCache, "198.18.0.53:53", ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"), ("remainingTtl", "3540"));

        var cause = Assert.Single(new StaleCacheRule().Evaluate(Run(stale)));

        Assert.Equal(StaleCacheRule.Id, cause.Id);
        Assert.Equal(["809", "800"], cause.ErrorCodes);
        Assert.Contains("3540", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("3540", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleCache_NegativeAnswerCached_Explains868()
    {
        var stale = Fail(CheckIds.DnsCache, "198.18.0.53:53", ("cached", "NXDOMAIN"), ("authoritative", "203.0.113.10"));

        Assert.Equal(["868"], Assert.Single(new StaleCacheRule().Evaluate(Run(stale))).ErrorCodes);
    }

    [Fact]
    public void StaleCache_OneResolverStaleAnotherDenying_ExplainsBothReadings()
    {
        var oldAddress = Fail(CheckIds.DnsCache, "198.18.0.53:53", ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"));
        var denial = Fail(CheckIds.DnsCache, "198.18.0.54:53", ("cached", "NXDOMAIN"), ("authoritative", "203.0.113.10"));

        Assert.Equal(["809", "800", "868"], Assert.Single(new StaleCacheRule().Evaluate(Run(oldAddress, denial))).ErrorCodes);
    }

    [Fact]
    public async Task StaleCache_ResolverSilent_IsAFailingResolverNotAStaleCache()
    {
        await using var auth = FakeDnsServer.Start(new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5")));
        await using var resolver = FakeDnsServer.Start((_, _) => new ServerReply.Silence());
        var target = DnsHarness.Target([auth.EndPoint], resolvers: [resolver.EndPoint]);
        var finding = await DnsHarness.RunSingleAsync(new DnsCacheCheck(DnsHarness.Querier()), target, TimeSpan.FromSeconds(1));
        Assert.Equal(CheckStatus.Fail, finding.Status);

        var cause = Assert.Single(new StaleCacheRule().Evaluate(new DiagnosisInput(target, [finding])));

        Assert.Equal(StaleCacheRule.ResolverFailingId, cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains($"{resolver.EndPoint} (timeout)", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("still serves", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain(" - ", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleCache_ResolverHoldsTheOldAddress_IsAStaleCacheNamingBothAnswers()
    {
        await using var auth = FakeDnsServer.Start(new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5")));
        await using var resolver = FakeDnsServer.Start(new TestZone(DnsHarness.Zone) { Authoritative = false, RecursionAvailable = true }.With(Rr.A(DnsHarness.Fqdn, "10.0.0.9", 1234)));
        var target = DnsHarness.Target([auth.EndPoint], resolvers: [resolver.EndPoint]);
        var finding = await DnsHarness.RunSingleAsync(new DnsCacheCheck(DnsHarness.Querier()), target);

        var cause = Assert.Single(new StaleCacheRule().Evaluate(new DiagnosisInput(target, [finding])));

        Assert.Equal(StaleCacheRule.Id, cause.Id);
        Assert.Equal(["809", "800"], cause.ErrorCodes);
        Assert.Contains("still serves 10.0.0.9", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("give 10.0.0.5", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleCache_StaleAndFailingResolvers_AreTwoCauses()
    {
        var stale = Fail(CheckIds.DnsCache, "198.18.0.53:53", ("rcode", "NOERROR"), ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"));
        var failing = Fail(CheckIds.DnsCache, "198.18.0.54:53", ("rcode", "SERVFAIL"));

        var causes = new StaleCacheRule().Evaluate(Run(stale, failing)).ToList();

        Assert.Equal([StaleCacheRule.Id, StaleCacheRule.ResolverFailingId], causes.Select(c => c.Id));
        Assert.Equal(["809", "800"], causes[0].ErrorCodes);
        Assert.Contains("198.18.0.54:53 (SERVFAIL)", causes[1].Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void StaleCache_TwoStaleResolvers_OutrankOne()
    {
        var first = Fail(CheckIds.DnsCache, "198.18.0.53:53", ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"));
        var second = Fail(CheckIds.DnsCache, "198.18.0.54:53", ("cached", "203.0.113.99"), ("authoritative", "203.0.113.10"));

        Assert.True(new StaleCacheRule().Evaluate(Run(first, second)).Single().Score > new StaleCacheRule().Evaluate(Run(first)).Single().Score);
    }

    [Fact]
    public void StaleCache_CacheAgrees_IsNotACause()
    {
        Assert.Empty(new StaleCacheRule().Evaluate(Run(Finding(CheckIds.DnsCache, CheckStatus.Pass, "198.18.0.53:53", ("cached", "203.0.113.10")))));
    }

    [Fact]
    public void SplitHorizonLeak_PrivateAddressSeenFromOutside_Explains809And868()
    {
        var leak = Fail(CheckIds.DnsSplitHorizon, PublicResolver, ("rcode", "NOERROR"), ("addresses", "10.0.0.5"), ("private", "10.0.0.5"));

        var cause = Assert.Single(new SplitHorizonLeakRule().Evaluate(Run(leak)));

        Assert.Equal(["809", "868"], cause.ErrorCodes);
        Assert.Contains("10.0.0.5", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitHorizonLeak_FailureWithoutPrivateAddress_IsNotALeak()
    {
        Assert.Empty(new SplitHorizonLeakRule().Evaluate(Run(External("NXDOMAIN"))));
    }

    [Fact]
    public void NotAuthoritative_ServerForwardsTheZone_Explains868AndGainsFromItsResolveFailure()
    {
        var authority = Fail(CheckIds.DnsAuthority, Primary, ("aa", "false"));
        var rule = new NotAuthoritativeRule();

        var alone = Assert.Single(rule.Evaluate(Run(authority)));
        var confirmed = Assert.Single(rule.Evaluate(Run(authority, Resolve(Primary, "NXDOMAIN"))));
        var elsewhere = Assert.Single(rule.Evaluate(Run(authority, Resolve(Secondary, "NXDOMAIN"))));

        Assert.Equal(["868"], alone.ErrorCodes);
        Assert.True(confirmed.Score > alone.Score);
        Assert.Equal(alone.Score, elsewhere.Score);
    }

    [Fact]
    public void NotAuthoritative_AuthorityPassed_IsNotACause()
    {
        Assert.Empty(new NotAuthoritativeRule().Evaluate(Run(Pass(CheckIds.DnsAuthority, Primary))));
    }

    [Fact]
    public void CnameBroken_ChainFails_Explains868WithTheChain()
    {
        var cname = Fail(CheckIds.DnsCname, Fqdn, ("chain", "vpn.example.com -> gw.example.net"));

        var cause = Assert.Single(new CnameRule().Evaluate(Run(cname)));

        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains("gw.example.net", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void CnameBroken_ChainWarnsOnly_IsNotACause()
    {
        Assert.Empty(new CnameRule().Evaluate(Run(Finding(CheckIds.DnsCname, CheckStatus.Warn, Fqdn))));
    }

    [Fact]
    public void LongTtl_Warning_IsALowRankedCauseWithTheNumbers()
    {
        var ttl = Finding(CheckIds.DnsTtl, CheckStatus.Warn, Fqdn, ("ttl", "86400"), ("maxTtl", "3600"));

        var cause = Assert.Single(new LongTtlRule().Evaluate(Run(ttl)));

        Assert.Equal(["809"], cause.ErrorCodes);
        Assert.True(cause.Score < 40);
        Assert.Contains("86400", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTtl_ShortTtl_IsNotACause()
    {
        Assert.Empty(new LongTtlRule().Evaluate(Run(Finding(CheckIds.DnsTtl, CheckStatus.Pass, Fqdn, ("ttl", "300")))));
    }

    [Fact]
    public void PtrMissing_NoReverseRecord_IsMinorAndExplainsNoCode()
    {
        var cause = Assert.Single(new ReverseRecordRule().Evaluate(Run(Fail(CheckIds.DnsPtr, "203.0.113.10", ("address", "203.0.113.10")))));

        Assert.Empty(cause.ErrorCodes);
        Assert.True(cause.Score < 20);
        Assert.Contains("203.0.113.10", cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void PtrMissing_ReverseRecordPasses_IsNotACause()
    {
        Assert.Empty(new ReverseRecordRule().Evaluate(Run(Pass(CheckIds.DnsPtr))));
    }

    [Fact]
    public void AnyRule_ClientLoggedTheCode_CountsAsSupport()
    {
        var missing = Resolve(Primary, "NXDOMAIN");
        var logged = Fail(CheckIds.EventsRasClient, "client01").WithCodes("868");
        var unrelated = Fail(CheckIds.EventsRasClient, "client01").WithCodes("691");

        var alone = new NameMissingRule().Evaluate(Run(missing)).Single();
        var reported = new NameMissingRule().Evaluate(Run(missing, logged)).Single();
        var other = new NameMissingRule().Evaluate(Run(missing, unrelated)).Single();

        Assert.True(reported.Score > alone.Score);
        Assert.Contains(CheckIds.EventsRasClient, reported.Checks);
        Assert.Equal(alone.Score, other.Score);
    }
}
