using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsCacheCheckTests
{
    private static DnsCacheCheck Check() => new(DnsHarness.Querier());

    private static TestZone Authoritative(string? address = "10.0.0.5")
    {
        var zone = new TestZone(DnsHarness.Zone);
        return address is null ? zone : zone.With(Rr.A(DnsHarness.Fqdn, address));
    }

    /// <summary>A caching resolver's copy: no AA, recursion available, TTLs already counting down.</summary>
    private static TestZone Cache(string? address, uint ttl = 1234, uint negativeTtl = 250)
    {
        var zone = new TestZone(DnsHarness.Zone) { Authoritative = false, RecursionAvailable = true, SoaTtl = negativeTtl, SoaMinimum = 3600 };
        return address is null ? zone : zone.With(Rr.A(DnsHarness.Fqdn, address, ttl));
    }

    [Fact]
    public async Task Run_ResolverAgrees_Passes()
    {
        await using var auth = FakeDnsServer.Start(Authoritative());
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.5"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("10.0.0.5", finding.Evidence["cached"]);
        Assert.Equal("10.0.0.5", finding.Evidence["authoritative"]);
    }

    [Fact]
    public async Task Run_ResolverHoldsTheOldAddress_FailsWithRemainingTtl()
    {
        await using var auth = FakeDnsServer.Start(Authoritative("10.0.0.5"));
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.9", ttl: 1234));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(cache.EndPoint.ToString(), finding.Subject);
        Assert.Equal("10.0.0.9", finding.Evidence["cached"]);
        Assert.Equal("10.0.0.5", finding.Evidence["authoritative"]);
        Assert.Equal("1234", finding.Evidence["remainingTtl"]);
        Assert.Equal(["809"], finding.ErrorCodes);
        Assert.Contains("1234", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, r => r.En.Contains("Clear-DnsServerCache", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, r => r.En.Contains("ipconfig /flushdns", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_ResolverCachedNxDomainFromBeforeTheRecord_FailsExplaining868()
    {
        await using var auth = FakeDnsServer.Start(Authoritative("10.0.0.5"));
        await using var cache = FakeDnsServer.Start(Cache(null, negativeTtl: 250));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["cached"]);
        Assert.Equal("250", finding.Evidence["remainingTtl"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_RecordRemovedButStillCached_Fails()
    {
        await using var auth = FakeDnsServer.Start(Authoritative(null));
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.5"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["authoritative"]);
    }

    [Fact]
    public async Task Run_ResolverFails_FailsExplaining868()
    {
        var broken = Cache("10.0.0.5");
        broken.RcodeFor[DnsHarness.Fqdn] = 2;
        await using var auth = FakeDnsServer.Start(Authoritative());
        await using var cache = FakeDnsServer.Start(broken);

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("SERVFAIL", finding.Evidence["rcode"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_InternalServersNotAuthoritative_SkipsForLackOfAReference()
    {
        await using var forwarder = FakeDnsServer.Start(Cache("10.0.0.5"));
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.9"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([forwarder.EndPoint], resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Skip, finding.Status);
    }

    [Fact]
    public async Task Run_NoInternalServers_Skips()
    {
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.9"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(resolvers: [cache.EndPoint]));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("--dns", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoResolvers_Skips()
    {
        Assert.Equal(CheckStatus.Skip, (await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target())).Status);
    }

    [Fact]
    public async Task Run_SeveralResolvers_AskTheAuthoritativeServerOncePerRun()
    {
        await using var auth = FakeDnsServer.Start(Authoritative());
        await using var fresh = FakeDnsServer.Start(Cache("10.0.0.5"));
        await using var stale = FakeDnsServer.Start(Cache("10.0.0.9"));

        var findings = await DnsHarness.RunAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [fresh.EndPoint, stale.EndPoint]));

        Assert.Equal(2, findings.Count);
        Assert.Equal(CheckStatus.Pass, findings.Single(f => f.Subject == fresh.EndPoint.ToString()).Status);
        Assert.Equal(CheckStatus.Fail, findings.Single(f => f.Subject == stale.EndPoint.ToString()).Status);
        // One A and one AAAA question, shared by both units.
        Assert.Equal(2, auth.UdpQueries);
    }

    [Fact]
    public async Task Run_AuthoritativeServerSilent_IsAnErrorInsideTheDeadline()
    {
        await using var auth = FakeDnsServer.Start((_, _) => new ServerReply.Silence());
        await using var cache = FakeDnsServer.Start(Cache("10.0.0.5"));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]), TimeSpan.FromSeconds(1));

        // The check's own error (it names the silent server), not the runner's "no answer" for an overrun unit.
        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal(auth.EndPoint.ToString(), finding.Evidence["unanswered"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_ResolverSilent_FailsSinceClientsBehindItCannotResolve()
    {
        await using var auth = FakeDnsServer.Start(Authoritative());
        await using var cache = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([auth.EndPoint], resolvers: [cache.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }
}
