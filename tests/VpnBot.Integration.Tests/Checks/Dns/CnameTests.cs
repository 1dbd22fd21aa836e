using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>CNAME chains on the lab's public server: one alias, a loop, a dangling target, and a chain eight links deep.</summary>
public sealed class CnameTests(LabFixture fixture)
{
    [Fact]
    public async Task Run_AliasOfThePublicName_PassesWithTheChainAndTheAddress()
    {
        var scenario = fixture.Topology.Dns.Scenarios.CnameHealthy;

        var (cname, _) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Pass, cname.Status);
        Assert.Equal(Chain(scenario), cname.Evidence[DnsEvidence.Chain]);
        Assert.Equal(scenario.FinalAddress!.ToString(), cname.Evidence[DnsEvidence.Addresses]);
    }

    [Fact]
    public async Task Run_TwoAliasesOfEachOther_FailsAsALoopWith868()
    {
        var scenario = fixture.Topology.Dns.Scenarios.CnameLoop;

        var (cname, report) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Fail, cname.Status);
        Assert.Equal(Chain(scenario), cname.Evidence[DnsEvidence.Chain]);
        Assert.Equal(["868"], cname.ErrorCodes);
        var cause = report.FirstCause();
        Assert.Equal("dns.cname-broken", cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_AliasOfANameThatDoesNotExist_FailsAsDanglingWithNxDomain()
    {
        var scenario = fixture.Topology.Dns.Scenarios.CnameDangling;

        var (cname, report) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Fail, cname.Status);
        Assert.Equal(Chain(scenario), cname.Evidence[DnsEvidence.Chain]);
        Assert.Equal("NXDOMAIN", cname.Evidence[DnsEvidence.Rcode]);
        Assert.Equal(["868"], cname.ErrorCodes);
        Assert.Equal("dns.cname-broken", report.FirstCause().Id);
    }

    [Fact]
    public async Task Run_DeepChainAtTheDefaultLimit_PassesWithEveryLink()
    {
        var scenario = fixture.Topology.Dns.Scenarios.CnameDeepChain;
        Assert.True(scenario.Depth <= new ThresholdOptions().MaxCnameDepth, "the lab's chain is meant to sit at the default limit");

        var (cname, _) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Pass, cname.Status);
        Assert.Equal(Chain(scenario), cname.Evidence[DnsEvidence.Chain]);
        Assert.Equal(scenario.FinalAddress!.ToString(), cname.Evidence[DnsEvidence.Addresses]);
    }

    [Fact]
    public async Task Run_DeepChainBeyondALoweredLimit_FailsAsTooDeepWithTheLimit()
    {
        var scenario = fixture.Topology.Dns.Scenarios.CnameDeepChain;
        const int limit = 4;
        Assert.True(scenario.Depth > limit);

        var (cname, report) = await RunAsync(scenario, new ThresholdOptions { MaxCnameDepth = limit });

        Assert.Equal(CheckStatus.Fail, cname.Status);
        Assert.Equal("4", cname.Evidence[DnsEvidence.MaxDepth]);
        // The walk stops one link past the limit instead of following the whole chain.
        var links = cname.Evidence[DnsEvidence.Chain].Split(" -> ");
        Assert.Equal([scenario.Name, .. scenario.Chain.Take(limit + 1)], links);
        Assert.Equal(["868"], cname.ErrorCodes);
        Assert.Equal("dns.cname-broken", report.FirstCause().Id);
    }

    private static string Chain(CnameScenario scenario) => string.Join(" -> ", [scenario.Name, .. scenario.Chain]);

    private async Task<(Finding Cname, CheckReport Report)> RunAsync(CnameScenario scenario, ThresholdOptions? thresholds = null)
    {
        var external = fixture.Topology.Dns.External.Endpoint.ToString();
        var endpoint = new EndpointOptions { Fqdn = scenario.Name };
        endpoint.ExternalDns.Add(external);

        var report = await DnsRun.RunAsync(endpoint, [CheckIds.DnsCname], thresholds);

        return (report.Finding(CheckIds.DnsCname, external), report);
    }
}
