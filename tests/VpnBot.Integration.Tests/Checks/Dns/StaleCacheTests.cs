using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>unbound cached the old address of a name before it moved; BIND serves the new one.</summary>
public sealed class StaleCacheTests(LabFixture fixture)
{
    [Fact]
    public async Task Run_ResolverHoldsTheOldAddress_CacheFailsWithBothAnswersAndTheTtlLeft()
    {
        var dns = fixture.Topology.Dns;
        var stale = dns.Scenarios.StaleCache;
        var endpoint = DnsRun.Endpoint(stale.Name, dns.Primary.Endpoint, dns.Secondary.Endpoint);
        endpoint.Resolvers.Add(dns.Resolver.Endpoint.ToString());

        var report = await DnsRun.RunAsync(endpoint, [CheckIds.DnsResolve, CheckIds.DnsConsistency, CheckIds.DnsCache]);

        var cache = report.Finding(CheckIds.DnsCache, dns.Resolver.Endpoint.ToString());
        Assert.Equal(CheckStatus.Fail, cache.Status);
        Assert.Equal(stale.CachedAddress.ToString(), cache.Evidence[DnsEvidence.Cached]);
        Assert.Equal(stale.CurrentAddress.ToString(), cache.Evidence[DnsEvidence.Authoritative]);
        Assert.NotEqual(cache.Evidence[DnsEvidence.Cached], cache.Evidence[DnsEvidence.Authoritative]);
        var remaining = long.Parse(cache.Evidence[DnsEvidence.RemainingTtl], CultureInfo.InvariantCulture);
        Assert.InRange(remaining, 1, stale.Ttl);
        Assert.Equal("false", cache.Evidence[DnsEvidence.Aa]);
        Assert.Equal(["809"], cache.ErrorCodes);

        // The authoritative servers agree with each other: the fault is the cache alone.
        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsConsistency, stale.Name).Status);
        Assert.All(report.Findings.Where(f => f.Check == CheckIds.DnsResolve), f => Assert.Equal(stale.CurrentAddress.ToString(), f.Evidence[DnsEvidence.Addresses]));
        var cause = report.FirstCause();
        Assert.Equal("dns.stale-cache", cause.Id);
        Assert.Contains("809", cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_ResolverAgreesOnAnUnmovedName_CachePasses()
    {
        var dns = fixture.Topology.Dns;
        var healthy = dns.Scenarios.Healthy;
        var endpoint = DnsRun.Endpoint(healthy.Name, dns.Primary.Endpoint, dns.Secondary.Endpoint);
        endpoint.Resolvers.Add(dns.Resolver.Endpoint.ToString());

        var report = await DnsRun.RunAsync(endpoint, [CheckIds.DnsCache]);

        var cache = report.Finding(CheckIds.DnsCache, dns.Resolver.Endpoint.ToString());
        Assert.Equal(CheckStatus.Pass, cache.Status);
        Assert.Equal(cache.Evidence[DnsEvidence.Authoritative], cache.Evidence[DnsEvidence.Cached]);
    }
}
