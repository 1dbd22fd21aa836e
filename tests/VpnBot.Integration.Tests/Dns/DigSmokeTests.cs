using System.Globalization;
using System.Net;
using VpnBot.Integration.Tests.Tools;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Dns;

/// <summary>Each DNS scenario of the lab, proven with dig.</summary>
public sealed class DigSmokeTests(LabFixture fixture)
{
    [Fact]
    public async Task Dig_VpnNameOnEachInternalServer_AuthoritativeAnswerWithTheVpnAddress()
    {
        var dns = fixture.Topology.Dns;
        foreach (var server in new[] { dns.Primary, dns.Secondary })
        {
            var answer = await DigAnswer.QueryAsync(server.Endpoint, dns.Scenarios.Healthy.Name);

            Assert.Equal("NOERROR", answer.Status);
            Assert.True(answer.IsAuthoritative, $"{server.Role} should set AA:\n{answer}");
            Assert.Equal([.. dns.Scenarios.Healthy.Addresses.Select(a => a.ToString())], answer.Data("A"));
        }
    }

    [Fact]
    public async Task Dig_SoaOfEachZoneOnEachServer_SerialsMatchTheTopology()
    {
        var dns = fixture.Topology.Dns;
        var lag = dns.Scenarios.ReplicationLag;
        (IPEndPoint Server, string Zone, uint Serial)[] expected =
        [
            (dns.Primary.Endpoint, dns.InternalZone, dns.InternalZoneSerial),
            (dns.Secondary.Endpoint, dns.InternalZone, dns.InternalZoneSerial),
            (dns.Primary.Endpoint, dns.ReverseZone, dns.ReverseZoneSerial),
            (dns.Secondary.Endpoint, dns.ReverseZone, dns.ReverseZoneSerial),
            (dns.Primary.Endpoint, lag.Zone, lag.PrimarySerial),
            (dns.Secondary.Endpoint, lag.Zone, lag.SecondarySerial),
            (dns.External.Endpoint, dns.PublicZone, dns.PublicZoneSerial),
        ];

        foreach (var (server, zone, serial) in expected)
        {
            var answer = await DigAnswer.QueryAsync(server, zone, "SOA");

            Assert.True(answer.IsAuthoritative, answer.ToString());
            Assert.Equal(serial.ToString(CultureInfo.InvariantCulture), Assert.Single(answer.Data("SOA")).Split(' ')[2]);
        }
    }

    [Fact]
    public async Task Dig_LaggingZone_SecondaryServesTheOldAddressAndLacksTheAddedName()
    {
        var dns = fixture.Topology.Dns;
        var lag = dns.Scenarios.ReplicationLag;

        var onPrimary = await DigAnswer.QueryAsync(dns.Primary.Endpoint, lag.ChangedName);
        var onSecondary = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, lag.ChangedName);
        var addedOnPrimary = await DigAnswer.QueryAsync(dns.Primary.Endpoint, lag.AddedName);
        var addedOnSecondary = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, lag.AddedName);

        Assert.Equal([lag.PrimaryAddress.ToString()], onPrimary.Data("A"));
        Assert.Equal([lag.SecondaryAddress.ToString()], onSecondary.Data("A"));
        Assert.Equal([lag.AddedAddress.ToString()], addedOnPrimary.Data("A"));
        Assert.Equal("NXDOMAIN", addedOnSecondary.Status);
        Assert.True(lag.SecondarySerial < lag.PrimarySerial);
    }

    [Fact]
    public async Task Dig_MovedNameThroughTheResolver_StaleCachedAnswerWithoutAa()
    {
        var dns = fixture.Topology.Dns;
        var stale = dns.Scenarios.StaleCache;

        var cached = await DigAnswer.QueryAsync(dns.Resolver.Endpoint, stale.Name, recursion: true);
        var primary = await DigAnswer.QueryAsync(dns.Primary.Endpoint, stale.Name);
        var secondary = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, stale.Name);

        Assert.Equal([stale.CachedAddress.ToString()], cached.Data("A"));
        Assert.False(cached.IsAuthoritative, cached.ToString());
        Assert.Contains("ra", cached.Flags);
        Assert.Equal([stale.CurrentAddress.ToString()], primary.Data("A"));
        Assert.Equal([stale.CurrentAddress.ToString()], secondary.Data("A"));
    }

    [Fact]
    public async Task Dig_PtrOfEachScenarioAddress_ConfirmedMismatchedAndMissing()
    {
        var dns = fixture.Topology.Dns;
        var scenarios = dns.Scenarios;

        var confirmed = await DigAnswer.QueryAsync(dns.Primary.Endpoint, scenarios.PtrConfirmed.ReverseName, "PTR");
        var confirmedBack = await DigAnswer.QueryAsync(dns.Primary.Endpoint, scenarios.PtrConfirmed.PtrTarget!);
        var mismatched = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, scenarios.PtrMismatch.ReverseName, "PTR");
        var mismatchedBack = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, scenarios.PtrMismatch.PtrTarget!);
        var missing = await DigAnswer.QueryAsync(dns.Primary.Endpoint, scenarios.PtrMissing.ReverseName, "PTR");

        Assert.Equal([scenarios.PtrConfirmed.PtrTarget + "."], confirmed.Data("PTR"));
        Assert.Equal([scenarios.PtrConfirmed.Address.ToString()], confirmedBack.Data("A"));
        Assert.Equal([scenarios.PtrMismatch.PtrTarget + "."], mismatched.Data("PTR"));
        Assert.Equal([scenarios.PtrMismatch.PtrTargetAddress!.ToString()], mismatchedBack.Data("A"));
        Assert.NotEqual(scenarios.PtrMismatch.Address, scenarios.PtrMismatch.PtrTargetAddress);
        Assert.Equal("NXDOMAIN", missing.Status);
    }

    [Fact]
    public async Task Dig_PublicNamesOnTheExternalServer_PublicAddressLeakAndTtls()
    {
        var dns = fixture.Topology.Dns;
        var scenarios = dns.Scenarios;

        var publicName = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.PublicName.Name);
        var leak = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.SplitHorizonLeak.Name);
        var longTtl = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.LongTtl.Name);

        Assert.Equal(fixture.Topology.Vpn.Address.ToString(), Assert.Single(publicName.Answers).Data);
        Assert.Equal(scenarios.PublicName.Ttl, publicName.Answers[0].Ttl);
        Assert.True(IPAddress.Parse(Assert.Single(leak.Answers).Data).GetAddressBytes()[0] == 10, leak.ToString());
        Assert.Equal(86400, Assert.Single(longTtl.Answers).Ttl);
    }

    [Fact]
    public async Task Dig_CnameScenarios_HealthyChainLoopAndDangling()
    {
        var dns = fixture.Topology.Dns;
        var scenarios = dns.Scenarios;

        var healthy = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.CnameHealthy.Name);
        var deep = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.CnameDeepChain.Name);
        var loop = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.CnameLoop.Name);
        var dangling = await DigAnswer.QueryAsync(dns.External.Endpoint, scenarios.CnameDangling.Name);

        Assert.Equal([.. scenarios.CnameHealthy.Chain.Select(n => n + ".")], healthy.Data("CNAME"));
        Assert.Equal([scenarios.CnameHealthy.FinalAddress!.ToString()], healthy.Data("A"));
        Assert.Equal(scenarios.CnameDeepChain.Depth, deep.Data("CNAME").Count());
        Assert.Equal([scenarios.CnameDeepChain.FinalAddress!.ToString()], deep.Data("A"));
        Assert.Empty(loop.Data("A"));
        Assert.Contains(scenarios.CnameLoop.Chain[0] + ".", loop.Data("CNAME"));
        Assert.Equal("NXDOMAIN", dangling.Status);
        Assert.Equal([scenarios.CnameDangling.Chain[0] + "."], dangling.Data("CNAME"));
    }

    [Fact]
    public async Task Dig_MissingName_NxDomainOnBothServers()
    {
        var dns = fixture.Topology.Dns;

        var primary = await DigAnswer.QueryAsync(dns.Primary.Endpoint, dns.Scenarios.MissingName);
        var secondary = await DigAnswer.QueryAsync(dns.Secondary.Endpoint, dns.Scenarios.MissingName);

        Assert.Equal("NXDOMAIN", primary.Status);
        Assert.Equal("NXDOMAIN", secondary.Status);
        Assert.True(primary.IsAuthoritative);
    }

    [Fact]
    public async Task Dig_SilentServer_TimesOutWithoutAnyAnswer()
    {
        var dns = fixture.Topology.Dns;

        var result = await StandardTool.RunAsync("dig", $"@{dns.Silent.Address}", "+time=1", "+tries=1", dns.Scenarios.Healthy.Name);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("timed out", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("status:", result.Output, StringComparison.Ordinal);
    }
}
