using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsResolveCheckTests
{
    private static DnsResolveCheck Check() => new(DnsHarness.Querier(), new SystemResolver(TimeProvider.System));

    private static TestZone Zone() => new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, "10.0.0.5", ttl: 600));

    [Fact]
    public void Plan_NoInternalDns_PlansOneUnitAgainstTheSystemResolver()
    {
        var unit = Assert.Single(Check().Plan(DnsHarness.Target()));

        Assert.Equal(CheckIds.DnsResolve, unit.Check);
        Assert.Equal("system", unit.Subject);
    }

    [Fact]
    public async Task Plan_TwoServers_PlansOneUnitPerServerNamedAddrPort()
    {
        await using var a = FakeDnsServer.Start(Zone());
        await using var b = FakeDnsServer.Start(Zone());

        var units = Check().Plan(DnsHarness.Target([a.EndPoint, b.EndPoint])).ToList();

        Assert.Equal([a.EndPoint.ToString(), b.EndPoint.ToString()], units.Select(u => u.Subject));
        Assert.Matches(@"^127\.0\.0\.1:\d+$", units[0].Subject);
    }

    [Fact]
    public async Task Run_NameHasAddress_PassesWithEvidence()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(server.EndPoint.ToString(), finding.Subject);
        Assert.Equal(server.EndPoint.ToString(), finding.Evidence["server"]);
        Assert.Equal("NOERROR", finding.Evidence["rcode"]);
        Assert.Equal("10.0.0.5", finding.Evidence["addresses"]);
        Assert.Equal("true", finding.Evidence["aa"]);
        Assert.Equal("600", finding.Evidence["ttl"]);
        Assert.True(long.Parse(finding.Evidence["elapsedMs"], System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.Contains("10.0.0.5", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("10.0.0.5", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_OnlyAaaa_Passes()
    {
        await using var server = FakeDnsServer.Start(new TestZone(DnsHarness.Zone).With(Rr.Aaaa(DnsHarness.Fqdn, "fd00::5")));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("fd00::5", finding.Evidence["addresses"]);
    }

    [Fact]
    public async Task Run_ExpectedAddressReturned_Passes()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("10.0.0.5", finding.Evidence["expected"]);
    }

    [Fact]
    public async Task Run_ExpectedAddressMissing_FailsAsWrongAddress()
    {
        await using var server = FakeDnsServer.Start(Zone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5", "10.0.0.6"]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("10.0.0.6", finding.Evidence["notReturned"]);
        Assert.Equal(["809"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NxDomain_FailsExplaining868()
    {
        await using var server = FakeDnsServer.Start(new TestZone(DnsHarness.Zone));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        Assert.Contains("NXDOMAIN", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, r => r.En.Contains("ipconfig /registerdns", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NameWithoutAddressRecords_FailsAsNoData()
    {
        await using var server = FakeDnsServer.Start(new TestZone(DnsHarness.Zone).With(Rr.Txt(DnsHarness.Fqdn, "v=none")));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NOERROR", finding.Evidence["rcode"]);
        Assert.Contains("NODATA", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Theory]
    [InlineData(2, "SERVFAIL")]
    [InlineData(5, "REFUSED")]
    [InlineData(1, "FORMERR")]
    public async Task Run_ErrorResponseCode_FailsExplaining868(int rcode, string name)
    {
        var zone = Zone();
        zone.RcodeFor[DnsHarness.Fqdn] = rcode;
        await using var server = FakeDnsServer.Start(zone);

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(name, finding.Evidence["rcode"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_SilentServer_FailsWithItsOwnTimeoutFindingInsideTheDeadline()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]), TimeSpan.FromSeconds(1));

        // The runner turns an overrun into an error; a fail with rcode=timeout is the check's own finding.
        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        Assert.Equal(["868"], finding.ErrorCodes);
        Assert.Contains(finding.Remediation, r => r.En.Contains("53", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_GarbageReplies_FailsAsMalformed()
    {
        var random = new Random(53);
        await using var server = FakeDnsServer.Start((_, _) => ServerReply.Of(DnsQuerierTests.Garbage(random, 300)));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("malformed", finding.Evidence["rcode"]);
        Assert.True(finding.Evidence.ContainsKey("detail"));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_SystemResolver_ResolvesLocalhost()
    {
        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(fqdn: "localhost"));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("system", finding.Subject);
        Assert.Equal("system", finding.Evidence["transport"]);
    }
}
