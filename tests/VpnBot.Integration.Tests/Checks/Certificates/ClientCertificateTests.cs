using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Integration.Tests.Checks.Probes;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// A server that demands a client certificate (<c>openssl s_server -Verify 1</c>), which a VPN client dialling SSTP
/// does not have: the certificate checks and <c>sstp.listener</c> on their one shared TLS session, once over TLS 1.3
/// and once over TLS 1.2, where the refusal comes at different moments of the handshake.
/// </summary>
public sealed class ClientCertificateTests(LabFixture fixture)
{
    private static readonly string[] Checks = [.. CertificateRun.Checks, CheckIds.SstpListener];

    [Fact]
    public async Task Run_ServerDemandingAClientCertificateOverTls13_CertificateJudgedAndSstpFailsOnTheAlert()
    {
        var report = await RunAsync(fixture.Topology.Tls.ClientCertificateRequired);

        // The client's side of a TLS 1.3 handshake is over before the server judges the empty client certificate.
        Assert.True(report.Letters() == "PPPPP", CertificateRun.Describe(report));
        Assert.Equal("Tls13", report.ByCheck()[CheckIds.CertChain].Evidence["tlsVersion"]);
        var sstp = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, sstp);
        HasOutcome(ProbeOutcome.TlsFailed, sstp);
        Assert.Equal("tls", Evidence(sstp, "stage"));
        Assert.Contains("certificate required", Evidence(sstp, "reason"), StringComparison.Ordinal);
        Assert.Equal(["800"], sstp.ErrorCodes);
        FirstCause(report, "sstp.tls-failed");
    }

    [Fact]
    public async Task Run_ServerDemandingAClientCertificateOverTls12_HandshakeFailsForEveryCheck()
    {
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.ClientCertificateRequiredTls12);

        Assert.True(report.Letters() == "EEEEE", CertificateRun.Describe(report));
        Assert.All(CertificateRun.Checks, id =>
        {
            var finding = report.ByCheck()[id];
            Assert.Equal(ProbeOutcome.TlsFailed, finding.Evidence[ProbeOutcome.Key]);
            Assert.Equal(tls.ClientCertificateRequiredTls12.Endpoint.ToString(), finding.Evidence["endpoint"]);
            Assert.Contains("handshake failure", finding.Evidence["tlsError"], StringComparison.Ordinal);
        });
        var sstp = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, sstp);
        HasOutcome(ProbeOutcome.TlsFailed, sstp);
        Assert.Equal("tls", Evidence(sstp, "stage"));
        FirstCause(report, "sstp.tls-failed");
    }

    private Task<Diagnostics.Reporting.CheckReport> RunAsync(TlsEndpoint endpoint)
    {
        var tls = fixture.Topology.Tls;
        var target = DiagnosticsCore.Target(options =>
        {
            options.Address = endpoint.Address.ToString();
            options.Ports.Sstp = endpoint.Endpoint.Port;
            options.Protocols.Add(LabTargets.Sstp);
            options.Protocols.Add(LabTargets.Ikev2);
            options.TrustedRoots.Add(tls.CaCertificateFile);
        });
        return DiagnosticsCore.RunAsync(target, Checks);
    }
}
