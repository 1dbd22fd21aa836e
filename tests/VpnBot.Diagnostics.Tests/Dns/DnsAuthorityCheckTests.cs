using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsAuthorityCheckTests
{
    private static DnsAuthorityCheck Check() => new(DnsHarness.Querier());

    private static TestZone Zone() => new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5"));

    [Fact]
    public async Task Run_AuthoritativeAnswer_Passes()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("true", finding.Evidence["aa"]);
    }

    [Fact]
    public async Task Run_AuthoritativeNxDomain_PassesSinceTheServerHoldsTheZone()
    {
        await using var server = FakeDnsServer.Start(new TestZone(DnsHarness.Zone));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
    }

    [Fact]
    public async Task Run_AnswerWithoutAaFromAResolver_FailsAsForwarded()
    {
        var zone = Zone();
        zone.Authoritative = false;
        zone.RecursionAvailable = true;
        await using var server = FakeDnsServer.Start(zone);

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("false", finding.Evidence["aa"]);
        Assert.Equal("true", finding.Evidence["ra"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        Assert.Contains("forward", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, r => r.En.Contains("Get-DnsServerForwarder", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_AnswerWithoutAaOrRecursion_Fails()
    {
        var zone = Zone();
        zone.Authoritative = false;
        await using var server = FakeDnsServer.Start(zone);

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("false", finding.Evidence["ra"]);
        DnsHarness.AssertActionable(finding);
    }

    [Theory]
    [InlineData(5, "REFUSED")]
    [InlineData(2, "SERVFAIL")]
    public async Task Run_ErrorResponse_Fails(int rcode, string name)
    {
        var zone = Zone();
        zone.RcodeFor[DnsHarness.Fqdn] = rcode;
        await using var server = FakeDnsServer.Start(zone);

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(name, finding.Evidence["rcode"]);
        Assert.Contains(name, finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_Silence_IsAnErrorNotAnAuthorityVerdictInsideTheDeadline()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        Assert.False(finding.Evidence.ContainsKey("aa"));
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_NoInternalServers_Skips()
    {
        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target());

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Equal(DnsHarness.Fqdn, finding.Subject);
    }
}
