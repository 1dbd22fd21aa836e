using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsCnameCheckTests
{
    private static DnsCnameCheck Check() => new(DnsHarness.Querier());

    private static async Task<Finding> RunAsync(TestZone zone, CheckThresholds? thresholds = null)
    {
        await using var server = FakeDnsServer.Start(zone);
        return await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], thresholds: thresholds));
    }

    [Fact]
    public async Task Run_NoCname_Passes()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5")));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(DnsHarness.Fqdn, finding.Evidence["chain"]);
    }

    [Fact]
    public async Task Run_ChainEndsInAddress_PassesWithTheChain()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "edge.example.local"),
            Rr.Cname("edge.example.local", "host.example.local"),
            Rr.A("host.example.local", "10.0.0.5")));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("vpn.example.local -> edge.example.local -> host.example.local", finding.Evidence["chain"]);
        Assert.Equal("10.0.0.5", finding.Evidence["addresses"]);
    }

    [Fact]
    public async Task Run_Loop_FailsExplaining868()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "a.example.local"),
            Rr.Cname("a.example.local", "b.example.local"),
            Rr.Cname("b.example.local", "a.example.local")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("vpn.example.local -> a.example.local -> b.example.local -> a.example.local", finding.Evidence["chain"]);
        Assert.Contains("loop", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_TargetDoesNotExist_FailsAsDangling()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(Rr.Cname(DnsHarness.Fqdn, "gone.example.local")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
        Assert.Contains("gone.example.local", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_TargetHasNoAddress_FailsAsDanglingNoData()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "text.example.local"),
            Rr.Txt("text.example.local", "hello")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("NODATA", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ChainDeeperThanThreshold_Fails()
    {
        var zone = new TestZone(DnsHarness.Zone).With(Rr.Cname(DnsHarness.Fqdn, "l1.example.local"));
        for (var i = 1; i < 5; i++)
        {
            zone.With(Rr.Cname($"l{i}.example.local", $"l{i + 1}.example.local"));
        }

        zone.With(Rr.A("l5.example.local", "10.0.0.5"));

        var finding = await RunAsync(zone, CheckThresholds.Default with { MaxCnameDepth = 3 });

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("3", finding.Evidence["maxDepth"]);
        Assert.Contains("4 links", finding.Summary.En, StringComparison.Ordinal);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_ChainAtTheThreshold_Passes()
    {
        var finding = await RunAsync(
            new TestZone(DnsHarness.Zone).With(
                Rr.Cname(DnsHarness.Fqdn, "l1.example.local"),
                Rr.Cname("l1.example.local", "l2.example.local"),
                Rr.A("l2.example.local", "10.0.0.5")),
            CheckThresholds.Default with { MaxCnameDepth = 2 });

        Assert.Equal(CheckStatus.Pass, finding.Status);
    }

    [Fact]
    public async Task Run_CnameBesideOtherData_Fails()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "host.example.local"),
            Rr.A(DnsHarness.Fqdn, "10.0.0.9"),
            Rr.A("host.example.local", "10.0.0.5")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(DnsHarness.Fqdn, finding.Evidence["owner"]);
        Assert.Equal("A", finding.Evidence["otherTypes"]);
        Assert.Contains(finding.Remediation, r => r.En.Contains("RFC 1034", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_TwoCnamesAtOneOwner_Fails()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(
            Rr.Cname(DnsHarness.Fqdn, "a.example.local"),
            Rr.Cname(DnsHarness.Fqdn, "b.example.local")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("a.example.local", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("b.example.local", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TargetOutsideTheServersZones_PassesAsFarAsItAnswers()
    {
        var finding = await RunAsync(new TestZone(DnsHarness.Zone).With(Rr.Cname(DnsHarness.Fqdn, "vpn.provider.test")));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Contains("vpn.provider.test", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Silence_IsAnError()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Plan_InternalAndExternalServers_OneUnitEach()
    {
        await using var a = FakeDnsServer.Start(new TestZone(DnsHarness.Zone));
        await using var b = FakeDnsServer.Start(new TestZone(DnsHarness.Zone));

        var units = Check().Plan(DnsHarness.Target([a.EndPoint], externalDns: [b.EndPoint, a.EndPoint])).ToList();

        Assert.Equal([a.EndPoint.ToString(), b.EndPoint.ToString()], units.Select(u => u.Subject));
    }

    [Fact]
    public async Task Run_NoServers_Skips()
    {
        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target());

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Equal(DnsHarness.Fqdn, finding.Subject);
    }
}
