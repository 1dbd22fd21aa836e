using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>
/// A DNS server whose packets the lab's firewall drops: no answer, no ICMP. The checks must report the silence
/// themselves inside the deadline (DnsRun cancels the test shortly after it, so a hang fails the test).
/// </summary>
public sealed class SilentServerTests(LabFixture fixture)
{
    private static readonly TimeSpan ShortDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Run_OnlyASilentServer_ResolveFailsWithTimeoutAndServersAreDiagnosedUnanswering()
    {
        var dns = fixture.Topology.Dns;
        var silent = dns.Silent.Endpoint.ToString();

        var report = await DnsRun.RunAsync(
            DnsRun.Endpoint(dns.Scenarios.Healthy.Name, dns.Silent.Endpoint),
            [CheckIds.DnsResolve, CheckIds.DnsAuthority, CheckIds.DnsCname, CheckIds.DnsPtr],
            deadline: ShortDeadline);

        Assert.Equal(4, report.Findings.Count);
        var resolve = report.Finding(CheckIds.DnsResolve, silent);
        Assert.Equal(CheckStatus.Fail, resolve.Status);
        Assert.Equal(DnsRcode.Timeout, resolve.Evidence[DnsEvidence.Rcode]);
        Assert.Equal(["868"], resolve.ErrorCodes);
        // Silence says nothing about authority: an error with the evidence, not a verdict.
        var authority = report.Finding(CheckIds.DnsAuthority, silent);
        Assert.Equal(CheckStatus.Error, authority.Status);
        Assert.Equal(DnsRcode.Timeout, authority.Evidence[DnsEvidence.Rcode]);
        // Every finding is the check's own account of the silence, not the runner giving up on it.
        Assert.All(report.Findings, f => Assert.False(f.Evidence.ContainsKey("timeoutMs"), DnsRun.Describe(report)));
        var cause = report.FirstCause();
        Assert.Equal("dns.servers-unanswering", cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_SilentServerBesideThePrimary_PrimaryPassesAndConsistencyNamesTheSilentOne()
    {
        var dns = fixture.Topology.Dns;
        var healthy = dns.Scenarios.Healthy;
        var silent = dns.Silent.Endpoint.ToString();

        var report = await DnsRun.RunAsync(
            DnsRun.Endpoint(healthy.Name, dns.Primary.Endpoint, dns.Silent.Endpoint),
            [CheckIds.DnsResolve, CheckIds.DnsConsistency, CheckIds.DnsAuthority],
            deadline: ShortDeadline);

        Assert.Equal(5, report.Findings.Count);
        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsResolve, dns.Primary.Endpoint.ToString()).Status);
        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsAuthority, dns.Primary.Endpoint.ToString()).Status);
        Assert.Equal(DnsRcode.Timeout, report.Finding(CheckIds.DnsResolve, silent).Evidence[DnsEvidence.Rcode]);
        var consistency = report.Finding(CheckIds.DnsConsistency, healthy.Name);
        Assert.Equal(silent, consistency.Evidence[DnsEvidence.Unanswered]);
        Assert.NotEqual(CheckStatus.Pass, consistency.Status);
    }
}
