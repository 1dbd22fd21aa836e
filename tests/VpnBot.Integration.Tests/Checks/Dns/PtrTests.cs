using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>The reverse zone of the lab's subnet: a forward-confirmed PTR, one naming another host, and none.</summary>
public sealed class PtrTests(LabFixture fixture)
{
    [Fact]
    public async Task Run_ForwardConfirmedPtr_Passes()
    {
        var scenario = fixture.Topology.Dns.Scenarios.PtrConfirmed;

        var (ptr, report) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Pass, ptr.Status);
        Assert.Equal(scenario.Address.ToString(), ptr.Evidence[DnsEvidence.Address]);
        Assert.Equal(scenario.PtrTarget, ptr.Evidence[DnsEvidence.PtrNames]);
        Assert.Equal("true", ptr.Evidence[DnsEvidence.ForwardConfirmed]);
        Assert.DoesNotContain(report.Diagnosis, c => c.Id == "dns.ptr-missing");
    }

    [Fact]
    public async Task Run_PtrNamingAnotherHost_WarnsWithTheOtherNameUnconfirmed()
    {
        var scenario = fixture.Topology.Dns.Scenarios.PtrMismatch;

        var (ptr, report) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Warn, ptr.Status);
        Assert.Equal(scenario.PtrTarget, ptr.Evidence[DnsEvidence.PtrNames]);
        Assert.Equal("false", ptr.Evidence[DnsEvidence.ForwardConfirmed]);
        Assert.Empty(ptr.ErrorCodes);
        Assert.NotEmpty(ptr.Remediation);
        Assert.Equal("dns.ptr-missing", report.FirstCause().Id);
    }

    [Fact]
    public async Task Run_NoPtrRecord_WarnsWithNxDomain()
    {
        var scenario = fixture.Topology.Dns.Scenarios.PtrMissing;

        var (ptr, report) = await RunAsync(scenario);

        Assert.Equal(CheckStatus.Warn, ptr.Status);
        Assert.Equal("NXDOMAIN", ptr.Evidence[DnsEvidence.Rcode]);
        Assert.False(ptr.Evidence.ContainsKey(DnsEvidence.PtrNames));
        // Reverse DNS explains no client error: the cause ranks as minor and names no code.
        var cause = report.FirstCause();
        Assert.Equal("dns.ptr-missing", cause.Id);
        Assert.Empty(cause.ErrorCodes);
        Assert.Equal(ReportStatus.Warning, report.Status);
    }

    private async Task<(Finding Ptr, VpnBot.Diagnostics.Reporting.CheckReport Report)> RunAsync(PtrScenario scenario)
    {
        var dns = fixture.Topology.Dns;
        var endpoint = DnsRun.Endpoint(scenario.Name, dns.Primary.Endpoint, dns.Secondary.Endpoint);
        endpoint.ExpectAddresses.Add(scenario.Address.ToString());

        var report = await DnsRun.RunAsync(endpoint, [CheckIds.DnsResolve, CheckIds.DnsPtr]);

        Assert.All(report.Findings.Where(f => f.Check == CheckIds.DnsResolve), f => Assert.Equal(CheckStatus.Pass, f.Status));
        return (report.Finding(CheckIds.DnsPtr, scenario.Address.ToString()), report);
    }
}
