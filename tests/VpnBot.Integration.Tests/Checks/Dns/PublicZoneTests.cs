using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>The public zone as the internet sees it: the VPN's public name, an internal address leaking out, and a day-long TTL.</summary>
public sealed class PublicZoneTests(LabFixture fixture)
{
    private static readonly string[] PublicChecks = [CheckIds.DnsSplitHorizon, CheckIds.DnsTtl];

    [Fact]
    public async Task Run_PublicName_SplitHorizonAndTtlPass()
    {
        var scenario = fixture.Topology.Dns.Scenarios.PublicName;
        var address = Assert.Single(scenario.Addresses).ToString();

        var report = await DnsRun.RunAsync(Endpoint(scenario, expectPublic: true), PublicChecks);

        var split = report.Finding(CheckIds.DnsSplitHorizon, External);
        Assert.Equal(CheckStatus.Pass, split.Status);
        Assert.Equal(address, split.Evidence[DnsEvidence.Addresses]);
        Assert.Equal(address, split.Evidence[DnsEvidence.Expected]);
        Assert.False(split.Evidence.ContainsKey(DnsEvidence.Private));
        var ttl = report.Finding(CheckIds.DnsTtl, External);
        Assert.Equal(CheckStatus.Pass, ttl.Status);
        Assert.Equal(scenario.Ttl.ToString(CultureInfo.InvariantCulture), ttl.Evidence[DnsEvidence.Ttl]);
        Assert.Equal("3600", ttl.Evidence[DnsEvidence.MaxTtl]);
        Assert.Empty(report.Diagnosis);
    }

    [Fact]
    public async Task Run_PrivateAddressInThePublicZone_SplitHorizonFailsNamingIt()
    {
        var scenario = fixture.Topology.Dns.Scenarios.SplitHorizonLeak;
        var leaked = Assert.Single(scenario.Addresses).ToString();

        var report = await DnsRun.RunAsync(Endpoint(scenario, expectPublic: false), PublicChecks);

        var split = report.Finding(CheckIds.DnsSplitHorizon, External);
        Assert.Equal(CheckStatus.Fail, split.Status);
        Assert.Equal(leaked, split.Evidence[DnsEvidence.Private]);
        Assert.Equal($"{leaked}=rfc1918", split.Evidence[DnsEvidence.PrivateRanges]);
        Assert.Equal(["809"], split.ErrorCodes);
        var cause = report.FirstCause();
        Assert.Equal("dns.split-horizon-leak", cause.Id);
        Assert.Equal(["809", "868"], cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_DayLongTtl_TtlWarnsWithTheTtlAndTheThreshold()
    {
        var scenario = fixture.Topology.Dns.Scenarios.LongTtl;

        var report = await DnsRun.RunAsync(Endpoint(scenario, expectPublic: true), PublicChecks);

        var ttl = report.Finding(CheckIds.DnsTtl, External);
        Assert.Equal(CheckStatus.Warn, ttl.Status);
        Assert.Equal(scenario.Ttl.ToString(CultureInfo.InvariantCulture), ttl.Evidence[DnsEvidence.Ttl]);
        Assert.Equal("3600", ttl.Evidence[DnsEvidence.MaxTtl]);
        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsSplitHorizon, External).Status);
        var cause = report.FirstCause();
        Assert.Equal("dns.long-ttl", cause.Id);
        Assert.Equal(ReportStatus.Warning, report.Status);
    }

    [Fact]
    public async Task Run_DayLongTtlUnderARaisedThreshold_TtlPasses()
    {
        var scenario = fixture.Topology.Dns.Scenarios.LongTtl;

        var report = await DnsRun.RunAsync(Endpoint(scenario, expectPublic: true), [CheckIds.DnsTtl], new ThresholdOptions { MaxPublicTtl = TimeSpan.FromDays(2) });

        var ttl = report.Finding(CheckIds.DnsTtl, External);
        Assert.Equal(CheckStatus.Pass, ttl.Status);
        Assert.Equal("172800", ttl.Evidence[DnsEvidence.MaxTtl]);
    }

    private string External => fixture.Topology.Dns.External.Endpoint.ToString();

    private EndpointOptions Endpoint(NameScenario scenario, bool expectPublic)
    {
        var endpoint = new EndpointOptions { Fqdn = scenario.Name };
        endpoint.ExternalDns.Add(External);
        if (expectPublic)
        {
            endpoint.PublicAddresses.Add(fixture.Topology.Vpn.Address.ToString());
        }

        return endpoint;
    }
}
