using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>The internal zone on the lab's BIND primary and secondary: in sync, a name it lacks, and a resolver mistaken for an internal server.</summary>
public sealed class InternalZoneTests(LabFixture fixture)
{
    private static readonly string[] InternalChecks =
        [CheckIds.DnsResolve, CheckIds.DnsConsistency, CheckIds.DnsPtr, CheckIds.DnsCname, CheckIds.DnsAuthority];

    [Fact]
    public async Task Run_HealthyNameOnBothServers_ResolveAuthorityAndConsistencyPass()
    {
        var dns = fixture.Topology.Dns;
        var healthy = dns.Scenarios.Healthy;
        var address = Assert.Single(healthy.Addresses).ToString();

        var report = await DnsRun.RunAsync(DnsRun.Endpoint(healthy.Name, dns.Primary.Endpoint, dns.Secondary.Endpoint), InternalChecks);

        Assert.True(report.Findings.All(f => f.Status == CheckStatus.Pass), DnsRun.Describe(report));
        foreach (var server in new[] { dns.Primary, dns.Secondary })
        {
            var subject = server.Endpoint.ToString();
            var resolve = report.Finding(CheckIds.DnsResolve, subject);
            Assert.Equal(address, resolve.Evidence[DnsEvidence.Addresses]);
            Assert.Equal("NOERROR", resolve.Evidence[DnsEvidence.Rcode]);
            Assert.Equal("true", resolve.Evidence[DnsEvidence.Aa]);
            Assert.Equal(subject, resolve.Evidence[DnsEvidence.Server]);
            Assert.Equal(healthy.Ttl.ToString(CultureInfo.InvariantCulture), resolve.Evidence[DnsEvidence.Ttl]);
            Assert.Empty(resolve.ErrorCodes);

            var authority = report.Finding(CheckIds.DnsAuthority, subject);
            Assert.Equal("true", authority.Evidence[DnsEvidence.Aa]);
            Assert.Equal("false", authority.Evidence[DnsEvidence.Ra]);
        }

        var consistency = report.Finding(CheckIds.DnsConsistency, healthy.Name);
        var serial = dns.InternalZoneSerial.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(dns.InternalZone, consistency.Evidence[DnsEvidence.Zone]);
        Assert.Equal($"{dns.Primary.Endpoint}={serial}, {dns.Secondary.Endpoint}={serial}", consistency.Evidence[DnsEvidence.Serials]);
        Assert.Equal($"{dns.Primary.Endpoint}={address}, {dns.Secondary.Endpoint}={address}", consistency.Evidence[DnsEvidence.Answers]);
        Assert.False(consistency.Evidence.ContainsKey(DnsEvidence.Behind));
        Assert.Equal(ReportStatus.Ok, report.Status);
        Assert.Empty(report.Diagnosis);
    }

    [Fact]
    public async Task Run_NameNoServerHas_ResolveFailsWithNxDomainAnd868AndTheNameIsDiagnosedMissing()
    {
        var dns = fixture.Topology.Dns;
        var name = dns.Scenarios.MissingName;

        var report = await DnsRun.RunAsync(DnsRun.Endpoint(name, dns.Primary.Endpoint, dns.Secondary.Endpoint), InternalChecks);

        foreach (var server in new[] { dns.Primary, dns.Secondary })
        {
            var resolve = report.Finding(CheckIds.DnsResolve, server.Endpoint.ToString());
            Assert.Equal(CheckStatus.Fail, resolve.Status);
            Assert.Equal("NXDOMAIN", resolve.Evidence[DnsEvidence.Rcode]);
            Assert.Equal("true", resolve.Evidence[DnsEvidence.Aa]);
            Assert.False(resolve.Evidence.ContainsKey(DnsEvidence.Addresses));
            Assert.Equal(["868"], resolve.ErrorCodes);
            Assert.NotEmpty(resolve.Remediation);
        }

        // The servers hold the zone and say so with authority: the name is missing, not the servers.
        Assert.All(report.Findings.Where(f => f.Check == CheckIds.DnsAuthority), f => Assert.Equal(CheckStatus.Pass, f.Status));
        var cause = report.FirstCause();
        Assert.Equal("dns.name-missing", cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains(CheckIds.DnsResolve, cause.Checks);
        Assert.Equal(ReportStatus.Critical, report.Status);
    }

    [Fact]
    public async Task Run_ResolverAskedAsAnInternalServer_AuthorityFailsWithoutAaAnd868()
    {
        var dns = fixture.Topology.Dns;
        var healthy = dns.Scenarios.Healthy;
        var subject = dns.Resolver.Endpoint.ToString();

        var report = await DnsRun.RunAsync(DnsRun.Endpoint(healthy.Name, dns.Resolver.Endpoint), [CheckIds.DnsResolve, CheckIds.DnsAuthority]);

        var authority = report.Finding(CheckIds.DnsAuthority, subject);
        Assert.Equal(CheckStatus.Fail, authority.Status);
        Assert.Equal("NOERROR", authority.Evidence[DnsEvidence.Rcode]);
        Assert.Equal("false", authority.Evidence[DnsEvidence.Aa]);
        Assert.Equal("true", authority.Evidence[DnsEvidence.Ra]);
        Assert.Equal(["868"], authority.ErrorCodes);
        // It forwards to the primary, so the name still resolves through it: the fault is where the answer comes from.
        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsResolve, subject).Status);
        var cause = report.FirstCause();
        Assert.Equal("dns.not-authoritative", cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
    }
}
