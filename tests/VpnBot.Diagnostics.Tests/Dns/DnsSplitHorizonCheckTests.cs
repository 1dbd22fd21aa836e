using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsSplitHorizonCheckTests
{
    private static DnsSplitHorizonCheck Check() => new(DnsHarness.Querier());

    /// <summary>A public resolver's view: recursion available, no authority.</summary>
    private static TestZone Public(params Rr[] records)
    {
        var zone = new TestZone(DnsHarness.Zone).With(records);
        zone.Authoritative = false;
        zone.RecursionAvailable = true;
        return zone;
    }

    private static async Task<Finding> RunAsync(TestZone zone, IEnumerable<string>? expectPublic = null)
    {
        await using var resolver = FakeDnsServer.Start(zone);
        return await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(externalDns: [resolver.EndPoint], expectPublic: expectPublic));
    }

    [Fact]
    public async Task Run_PublicAddress_Passes()
    {
        var finding = await RunAsync(Public(Rr.A(DnsHarness.Fqdn, "203.0.113.10")), ["203.0.113.10"]);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("203.0.113.10", finding.Evidence["addresses"]);
        Assert.False(finding.Evidence.ContainsKey("private"));
    }

    [Theory]
    [InlineData("10.0.0.5", "rfc1918")]
    [InlineData("172.20.1.1", "rfc1918")]
    [InlineData("192.168.1.10", "rfc1918")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("169.254.10.1", "link-local")]
    [InlineData("0.0.0.0", "unspecified")]
    public async Task Run_PrivateIPv4Answer_FailsListingIt(string address, string range)
    {
        var finding = await RunAsync(Public(Rr.A(DnsHarness.Fqdn, address), Rr.A(DnsHarness.Fqdn, "203.0.113.10")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(address, finding.Evidence["private"]);
        Assert.Equal($"{address}={range}", finding.Evidence["privateRanges"]);
        Assert.Equal(["809"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_CarrierGradeNatAnswer_FailsAndSaysWhy()
    {
        var finding = await RunAsync(Public(Rr.A(DnsHarness.Fqdn, "100.64.12.34")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("100.64.12.34", finding.Evidence["private"]);
        Assert.Contains("RFC 6598", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, r => r.En.Contains("carrier-grade NAT", StringComparison.Ordinal) && r.Ja.Contains("キャリアグレード NAT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UniqueLocalAndLinkLocalIPv6_FailsListingBoth()
    {
        var finding = await RunAsync(Public(Rr.Aaaa(DnsHarness.Fqdn, "fd12:3456::5"), Rr.Aaaa(DnsHarness.Fqdn, "fe80::1"), Rr.Aaaa(DnsHarness.Fqdn, "2001:db8::5")));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("fd12:3456::5, fe80::1", finding.Evidence["private"]);
        Assert.Equal("fd12:3456::5=ula, fe80::1=link-local", finding.Evidence["privateRanges"]);
    }

    [Fact]
    public async Task Run_NxDomain_FailsAsPublicRecordMissing()
    {
        var finding = await RunAsync(Public());

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
        Assert.Contains("public record is missing", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal(["868"], finding.ErrorCodes);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_ExpectedPublicAddressNotReturned_Fails()
    {
        var finding = await RunAsync(Public(Rr.A(DnsHarness.Fqdn, "198.51.100.20")), ["203.0.113.10"]);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("203.0.113.10", finding.Evidence["notReturned"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_ServFail_Fails()
    {
        var zone = Public();
        zone.RcodeFor[DnsHarness.Fqdn] = 2;

        var finding = await RunAsync(zone);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("SERVFAIL", finding.Evidence["rcode"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_SilentResolver_IsAnError()
    {
        await using var resolver = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(externalDns: [resolver.EndPoint]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NoExternalResolver_Skips()
    {
        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target());

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("--external-dns", finding.Summary.En, StringComparison.Ordinal);
    }
}
