using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Diagnostics.Findings;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Checks.Dns;

/// <summary>The lagging zone: changed and reloaded on the primary only, so the secondary serves the previous version.</summary>
public sealed class ReplicationLagTests(LabFixture fixture)
{
    private static readonly string[] Checks = [CheckIds.DnsResolve, CheckIds.DnsConsistency, CheckIds.DnsAuthority];

    [Fact]
    public async Task Run_NameAddedOnPrimaryOnly_SecondaryBehindAndMissingDiagnosedAsReplicationWith868()
    {
        var dns = fixture.Topology.Dns;
        var lag = dns.Scenarios.ReplicationLag;
        var secondary = dns.Secondary.Endpoint.ToString();

        var report = await DnsRun.RunAsync(DnsRun.Endpoint(lag.AddedName, dns.Primary.Endpoint, dns.Secondary.Endpoint), Checks);

        var consistency = report.Finding(CheckIds.DnsConsistency, lag.AddedName);
        Assert.Equal(CheckStatus.Fail, consistency.Status);
        Assert.Equal(lag.Zone, consistency.Evidence[DnsEvidence.Zone]);
        Assert.Equal(Serials(lag.PrimarySerial, lag.SecondarySerial), consistency.Evidence[DnsEvidence.Serials]);
        Assert.Equal(secondary, consistency.Evidence[DnsEvidence.Behind]);
        Assert.Equal(secondary, consistency.Evidence[DnsEvidence.Missing]);
        Assert.False(consistency.Evidence.ContainsKey(DnsEvidence.Differing));
        Assert.Contains("868", consistency.ErrorCodes);

        Assert.Equal(CheckStatus.Pass, report.Finding(CheckIds.DnsResolve, dns.Primary.Endpoint.ToString()).Status);
        var onSecondary = report.Finding(CheckIds.DnsResolve, secondary);
        Assert.Equal(CheckStatus.Fail, onSecondary.Status);
        Assert.Equal("NXDOMAIN", onSecondary.Evidence[DnsEvidence.Rcode]);

        // The example: secondary serial behind and no A record there, so 868, replication first.
        var cause = report.FirstCause();
        Assert.Equal("dns.secondary-stale", cause.Id);
        Assert.Equal("868", cause.ErrorCodes[0]);
        Assert.Contains(CheckIds.DnsConsistency, cause.Checks);
        Assert.Contains(CheckIds.DnsResolve, cause.Checks);
        Assert.DoesNotContain(report.Diagnosis, c => c.Id == "dns.name-missing");
        Assert.Equal(ReportStatus.Critical, report.Status);
    }

    [Fact]
    public async Task Run_NameChangedOnPrimaryOnly_SecondaryBehindWithADifferingAddress()
    {
        var dns = fixture.Topology.Dns;
        var lag = dns.Scenarios.ReplicationLag;
        var (primary, secondary) = (dns.Primary.Endpoint.ToString(), dns.Secondary.Endpoint.ToString());

        var report = await DnsRun.RunAsync(DnsRun.Endpoint(lag.ChangedName, dns.Primary.Endpoint, dns.Secondary.Endpoint), Checks);

        var consistency = report.Finding(CheckIds.DnsConsistency, lag.ChangedName);
        Assert.Equal(CheckStatus.Fail, consistency.Status);
        Assert.Equal(Serials(lag.PrimarySerial, lag.SecondarySerial), consistency.Evidence[DnsEvidence.Serials]);
        Assert.Equal(secondary, consistency.Evidence[DnsEvidence.Behind]);
        Assert.Equal(secondary, consistency.Evidence[DnsEvidence.Differing]);
        Assert.False(consistency.Evidence.ContainsKey(DnsEvidence.Missing));
        Assert.Equal($"{primary}={lag.PrimaryAddress}, {secondary}={lag.SecondaryAddress}", consistency.Evidence[DnsEvidence.Answers]);
        Assert.Contains("809", consistency.ErrorCodes);

        // Each server on its own looks healthy: only the comparison shows the lag.
        Assert.Equal(lag.PrimaryAddress.ToString(), report.Finding(CheckIds.DnsResolve, primary).Evidence[DnsEvidence.Addresses]);
        Assert.Equal(lag.SecondaryAddress.ToString(), report.Finding(CheckIds.DnsResolve, secondary).Evidence[DnsEvidence.Addresses]);
        var cause = report.FirstCause();
        Assert.Equal("dns.secondary-stale", cause.Id);
        Assert.Equal(["868", "809"], cause.ErrorCodes);
    }

    private string Serials(uint primarySerial, uint secondarySerial)
    {
        var dns = fixture.Topology.Dns;
        return string.Create(CultureInfo.InvariantCulture, $"{dns.Primary.Endpoint}={primarySerial}, {dns.Secondary.Endpoint}={secondarySerial}");
    }
}
