using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Integration.Tests.Checks.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Endpoints;

/// <summary>
/// The broken endpoint checked as a whole: the responder behind the firewall, where only UDP 4500 gets through,
/// with the silent DNS server as the second internal server. Every kind of silence at once must still end in a
/// complete report by the deadline, with UDP 500 named as the cause.
/// </summary>
public sealed class BrokenEndpointTests(LabFixture lab)
{
    [Fact]
    public async Task RunAsync_FirewalledResponderAndSilentDnsServer_EveryUnitReportsAndUdp500BlockedComesFirst()
    {
        var topology = lab.Topology;
        var dns = topology.Dns;
        var broken = topology.Ike.Udp500Filtered;
        var target = DiagnosticsCore.Target(endpoint =>
        {
            endpoint.Fqdn = topology.Vpn.Name;
            endpoint.InternalDns.Add(dns.Primary.Endpoint.ToString());
            endpoint.InternalDns.Add(dns.Silent.Endpoint.ToString());
            endpoint.Address = broken.Address.ToString();
            endpoint.TrustedRoots.Add(topology.Tls.CaCertificateFile);
        });

        var (plan, report) = await EndpointRun.RunAsync(target);

        EndpointRun.EveryUnitReported(plan, report);
        (string, CheckStatus)[] expected =
        [
            (CheckIds.DnsResolve, CheckStatus.Pass), (CheckIds.DnsResolve, CheckStatus.Fail),
            (CheckIds.DnsConsistency, CheckStatus.Error),
            (CheckIds.DnsPtr, CheckStatus.Pass),
            (CheckIds.DnsCname, CheckStatus.Pass), (CheckIds.DnsCname, CheckStatus.Error),
            (CheckIds.DnsAuthority, CheckStatus.Pass), (CheckIds.DnsAuthority, CheckStatus.Error),
            (CheckIds.DnsSplitHorizon, CheckStatus.Skip),
            (CheckIds.DnsTtl, CheckStatus.Skip),
            (CheckIds.DnsCache, CheckStatus.Skip),
            (CheckIds.IkeV2, CheckStatus.Fail),
            (CheckIds.IkeV1, CheckStatus.Fail),
            (CheckIds.IkeNatT, CheckStatus.Pass),
            (CheckIds.L2tpControl, CheckStatus.Skip),
            (CheckIds.PptpControl, CheckStatus.Fail),
            (CheckIds.GrePath, CheckStatus.Skip),
            (CheckIds.SstpListener, CheckStatus.Fail),
            (CheckIds.CertExpiry, CheckStatus.Skip),
            (CheckIds.CertName, CheckStatus.Skip),
            (CheckIds.CertChain, CheckStatus.Skip),
            (CheckIds.CertEku, CheckStatus.Skip),
            (CheckIds.CertRevocation, CheckStatus.Skip),
        ];
        Assert.True(expected.SequenceEqual(EndpointRun.Statuses(report)), Describe(report.Findings));

        var silentDns = report.Findings.Single(f => f.Check == CheckIds.DnsResolve && f.Status == CheckStatus.Fail);
        Assert.Equal(dns.Silent.Endpoint.ToString(), silentDns.Subject);
        Assert.Equal(["868"], silentDns.ErrorCodes);
        foreach (var check in (string[])[CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.PptpControl, CheckIds.SstpListener])
        {
            HasOutcome(ProbeOutcome.NoAnswer, Single(report, check));
        }

        HasOutcome(ProbeOutcome.Answered, Single(report, CheckIds.IkeNatT));
        HasOutcome(ProbeOutcome.NoAnswer, Single(report, CheckIds.L2tpControl));
        Assert.Equal(ProbeOutcome.NoAnswer, Evidence(Single(report, CheckIds.GrePath), "control"));

        Assert.Equal(ReportStatus.Critical, report.Status);
        var first = FirstCause(report, "path.udp500-blocked");
        Assert.Equal(["809"], first.ErrorCodes);
        Assert.Contains(report.Diagnosis, cause => cause.Id == "path.pptp-blocked");
        Assert.Contains(report.Diagnosis, cause => cause.Id == "sstp.listener-down");
    }
}
