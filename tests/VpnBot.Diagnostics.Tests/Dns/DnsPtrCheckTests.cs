using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Wire;

namespace VpnBot.Diagnostics.Tests.Dns;

public sealed class DnsPtrCheckTests
{
    private const string Reverse = "0.0.10.in-addr.arpa";

    private static DnsPtrCheck Check() => new(DnsHarness.Querier());

    private static TestZone Forward(string address = "10.0.0.5") => new TestZone(DnsHarness.Zone).With(Rr.A(DnsHarness.Fqdn, address));

    private static TestZone ReverseZone(params Rr[] records) => new TestZone(Reverse).With(records);

    [Fact]
    public async Task Run_PtrNamesTheVpnAndResolvesBack_Passes()
    {
        await using var server = FakeDnsServer.Start(Forward(), ReverseZone(Rr.Ptr("5." + Reverse, DnsHarness.Fqdn)));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("10.0.0.5", finding.Subject);
        Assert.Equal(DnsHarness.Fqdn, finding.Evidence["ptr"]);
        Assert.Equal("true", finding.Evidence["forwardConfirmed"]);
    }

    [Fact]
    public async Task Run_NoPtrRecord_Warns()
    {
        await using var server = FakeDnsServer.Start(Forward(), ReverseZone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
        Assert.Contains(finding.Remediation, r => r.En.Contains("PTR", StringComparison.Ordinal));
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NoReverseZone_WarnsAsUnavailable()
    {
        await using var server = FakeDnsServer.Start(Forward());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("REFUSED", finding.Evidence["rcode"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_PtrNamesAnotherHost_Warns()
    {
        await using var server = FakeDnsServer.Start(
            Forward().With(Rr.A("rras01.example.local", "10.0.0.5")),
            ReverseZone(Rr.Ptr("5." + Reverse, "rras01.example.local")));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("rras01.example.local", finding.Evidence["ptr"]);
        Assert.Equal("true", finding.Evidence["forwardConfirmed"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_PtrNamesTheVpnButTheNameHasAnotherAddress_WarnsNotForwardConfirmed()
    {
        await using var server = FakeDnsServer.Start(Forward("10.0.0.6"), ReverseZone(Rr.Ptr("5." + Reverse, DnsHarness.Fqdn)));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("false", finding.Evidence["forwardConfirmed"]);
        Assert.Contains("10.0.0.6", finding.Summary.En, StringComparison.Ordinal);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NoExpectedAddresses_ChecksWhatTheServersAnswer()
    {
        await using var server = FakeDnsServer.Start(
            Forward().With(Rr.A(DnsHarness.Fqdn, "10.0.0.7")),
            ReverseZone(Rr.Ptr("5." + Reverse, DnsHarness.Fqdn)));

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(DnsHarness.Fqdn, finding.Subject);
        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("10.0.0.5, 10.0.0.7", finding.Evidence["addresses"]);
        Assert.Equal("10.0.0.5=confirmed, 10.0.0.7=missing", finding.Evidence["results"]);
        Assert.Equal("10.0.0.7", finding.Evidence["address"]);
    }

    [Fact]
    public async Task Run_Silence_IsAnErrorNotAWarning()
    {
        await using var server = FakeDnsServer.Start((_, _) => new ServerReply.Silence());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint], expect: ["10.0.0.5"]), TimeSpan.FromSeconds(1));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("timeout", finding.Evidence["rcode"]);
        DnsHarness.AssertActionable(finding);
    }

    [Fact]
    public async Task Run_NoServers_Skips()
    {
        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target(expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Skip, finding.Status);
    }

    [Fact]
    public async Task Run_NameHasNoAddressToReverse_Skips()
    {
        await using var server = FakeDnsServer.Start(new TestZone(DnsHarness.Zone), ReverseZone());

        var finding = await DnsHarness.RunSingleAsync(Check(), DnsHarness.Target([server.EndPoint]));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("dns.resolve", finding.Summary.En, StringComparison.Ordinal);
    }
}
