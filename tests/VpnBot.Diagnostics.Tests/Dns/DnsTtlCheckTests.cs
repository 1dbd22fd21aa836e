using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsTtlCheckTests
{
    private static DnsTtlCheck Check() => new(DnsHarness.Querier());

    private static async Task<Finding> RunAsync(TestZone zone, CheckThresholds? thresholds = null)
    {
        await using var resolver = FakeDnsServer.Start(zone);
        return await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(externalDns: [resolver.EndPoint], thresholds: thresholds));
    }

    [Fact]
    public async Task Run_ShortTtl_Passes()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "203.0.113.10", ttl: 300)));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("300", finding.Evidence["ttl"]);
        Assert.Equal("3600", finding.Evidence["maxTtl"]);
    }

    [Fact]
    public async Task Run_TtlAboveThreshold_WarnsWithTtlAndThreshold()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "203.0.113.10", ttl: 86400)));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("86400", finding.Evidence["ttl"]);
        Assert.Equal("3600", finding.Evidence["maxTtl"]);
        Assert.Contains("86400", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("86400", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, r => r.En.Contains("TTL", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_LongCnameTtlInFrontOfShortAddressTtl_WarnsOnTheLongest()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "edge.example.local", ttl: 7200),
            Rr.A("edge.example.local", "203.0.113.10", ttl: 60)));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("7200", finding.Evidence["ttl"]);
    }

    [Fact]
    public async Task Run_ThresholdFromConfiguration_IsUsed()
    {
        var finding = await RunAsync(
            new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "203.0.113.10", ttl: 600)),
            CheckThresholds.Default with { MaxPublicTtl = TimeSpan.FromMinutes(5) });

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("300", finding.Evidence["maxTtl"]);
    }

    [Fact]
    public async Task Run_NoPublicRecord_Skips()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("dns.split-horizon", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SilentResolver_IsAnError()
    {
        await using var resolver = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(externalDns: [resolver.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NoExternalResolver_Skips()
    {
        Assert.Equal(CheckStatus.Skip, (await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target())).Status);
    }
}
