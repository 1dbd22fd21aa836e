using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Integration.Tests.Checks.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Endpoints;

/// <summary>
/// The healthy VPN checked as a whole, every protocol, as an administrator would describe it: both internal DNS
/// servers, the caching resolver, the expected address and the lab CA; the address comes from DNS.
/// </summary>
public sealed class HealthyEndpointTests(LabFixture lab)
{
    [Fact]
    public async Task RunAsync_HealthyVpn_EveryUnitReportsAndOnlyWhatTheLabCannotOfferFails()
    {
        var topology = lab.Topology;
        var dns = topology.Dns;
        var target = DiagnosticsCore.Target(endpoint =>
        {
            endpoint.Fqdn = topology.Vpn.Name;
            endpoint.InternalDns.Add(dns.Primary.Endpoint.ToString());
            endpoint.InternalDns.Add(dns.Secondary.Endpoint.ToString());
            endpoint.Resolvers.Add(dns.Resolver.Endpoint.ToString());
            endpoint.ExpectAddresses.Add(topology.Vpn.Address.ToString());
            endpoint.TrustedRoots.Add(topology.Tls.CaCertificateFile);
        });

        var (plan, report) = await EndpointRun.RunAsync(target);

        EndpointRun.EveryUnitReported(plan, report);
        (string, CheckStatus)[] expected =
        [
            (CheckIds.DnsResolve, CheckStatus.Pass), (CheckIds.DnsResolve, CheckStatus.Pass),
            (CheckIds.DnsConsistency, CheckStatus.Pass),
            (CheckIds.DnsPtr, CheckStatus.Pass),
            (CheckIds.DnsCname, CheckStatus.Pass), (CheckIds.DnsCname, CheckStatus.Pass),
            (CheckIds.DnsAuthority, CheckStatus.Pass), (CheckIds.DnsAuthority, CheckStatus.Pass),
            // No external resolver given: nothing to compare the internet's view with.
            (CheckIds.DnsSplitHorizon, CheckStatus.Skip),
            (CheckIds.DnsTtl, CheckStatus.Skip),
            (CheckIds.DnsCache, CheckStatus.Pass),
            (CheckIds.IkeV2, CheckStatus.Pass),
            (CheckIds.IkeV1, CheckStatus.Pass),
            (CheckIds.IkeNatT, CheckStatus.Pass),
            (CheckIds.L2tpControl, CheckStatus.Pass),
            (CheckIds.PptpControl, CheckStatus.Pass),
            (CheckIds.GrePath, CheckStatus.Pass),
            // No working SSTP server exists for this machine (TlsTopology.SstpUnavailableReason): TLS, then silence.
            (CheckIds.SstpListener, CheckStatus.Fail),
            (CheckIds.CertExpiry, CheckStatus.Pass),
            (CheckIds.CertName, CheckStatus.Pass),
            (CheckIds.CertChain, CheckStatus.Pass),
            (CheckIds.CertEku, CheckStatus.Pass),
            // The lab CA's CRL and OCSP responder answer.
            (CheckIds.CertRevocation, CheckStatus.Pass),
        ];
        Assert.True(expected.SequenceEqual(EndpointRun.Statuses(report)), Describe(report.Findings));
        Assert.Equal(topology.Vpn.Address.ToString(), Evidence(Single(report, CheckIds.IkeV2), "address"));
        Assert.Equal(ReportStatus.Critical, report.Status);
        Assert.Equal(["sstp.listener-down"], report.Diagnosis.Select(c => c.Id));
    }
}
