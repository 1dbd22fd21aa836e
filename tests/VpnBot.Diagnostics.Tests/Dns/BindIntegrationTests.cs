using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Dns.Querying;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Dns.Bind;

namespace VpnBot.Diagnostics.Tests.Dns;

/// <summary>The checks against a real authoritative BIND, to pin the crafted replies to what a real server sends.</summary>
public sealed class BindIntegrationTests(BindServer bind) : IClassFixture<BindServer>
{
    private System.Net.IPEndPoint Server
    {
        get
        {
            Assert.SkipWhen(bind.Unavailable is not null, bind.Unavailable ?? string.Empty);
            return bind.EndPoint!;
        }
    }

    [Fact]
    public async Task Resolve_RealBind_PassesWithAuthoritativeAnswer()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsResolveCheck(DnsHarness.Querier(), new SystemResolver(TimeProvider.System)), DnsHarness.Target([Server], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("10.0.0.5", finding.Evidence["addresses"]);
        Assert.Equal("true", finding.Evidence["aa"]);
        Assert.Equal("300", finding.Evidence["ttl"]);
    }

    [Fact]
    public async Task Authority_RealBind_Passes()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsAuthorityCheck(DnsHarness.Querier()), DnsHarness.Target([Server]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
    }

    [Fact]
    public async Task Resolve_RealBindUnknownName_FailsWithNxDomain()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsResolveCheck(DnsHarness.Querier(), new SystemResolver(TimeProvider.System)), DnsHarness.Target([Server], fqdn: "nothere.example.local"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
    }

    [Fact]
    public async Task Cname_RealBindChain_PassesWithTheChain()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsCnameCheck(DnsHarness.Querier()), DnsHarness.Target([Server], fqdn: "alias.example.local"));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("alias.example.local -> edge.example.local -> vpn.example.local", finding.Evidence["chain"]);
    }

    [Fact]
    public async Task Cname_RealBindDanglingTarget_Fails()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsCnameCheck(DnsHarness.Querier()), DnsHarness.Target([Server], fqdn: "dangling.example.local"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NXDOMAIN", finding.Evidence["rcode"]);
    }

    [Fact]
    public async Task Ptr_RealBind_PassesForwardConfirmed()
    {
        var finding = await DnsHarness.RunSingleAsync(new DnsPtrCheck(DnsHarness.Querier()), DnsHarness.Target([Server], expect: ["10.0.0.5"]));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("true", finding.Evidence["forwardConfirmed"]);
    }
}
