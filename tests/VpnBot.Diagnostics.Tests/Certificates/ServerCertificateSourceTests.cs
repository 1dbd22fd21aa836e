using VpnBot.Diagnostics.Net;
using System.Net;
using System.Text;
using VpnBot.Diagnostics.Certificates;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class ServerCertificateSourceTests
{
    private static readonly TestPki Pki = TestPki.Create(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task GetServerCertificateAsync_TlsServer_KeepsLeafAndTheChainItSent()
    {
        var leaf = Pki.Leaf();
        await using var server = TlsTestServer.Serve(leaf, Pki.Intermediate);
        var context = CheckContext.Create(CertificateTestRun.ForTls(server.Endpoint), TimeProvider.System, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        var result = await context.GetServerCertificateAsync(TestContext.Current.CancellationToken);

        var certificate = Assert.IsType<ServerCertificate>(result.Certificate);
        Assert.Equal(CertificateOrigin.Tls, certificate.Origin);
        Assert.Equal(leaf.RawData, certificate.Leaf.RawData);
        Assert.Contains(certificate.Presented, c => c.RawData.AsSpan().SequenceEqual(Pki.Intermediate.RawData));
        Assert.DoesNotContain(certificate.Presented, c => c.RawData.AsSpan().SequenceEqual(leaf.RawData));
        var evidence = certificate.SourceEvidence.ToDictionary();
        Assert.Equal("tls", evidence["source"]);
        Assert.Equal(server.Endpoint.ToString(), evidence["endpoint"]);
        Assert.Equal("configured", evidence["addressSource"]);
        Assert.Equal(TestPki.Fqdn, evidence["sni"]);
        Assert.Equal("answered", evidence["outcome"]);
        var handshake = certificate.HandshakeEvidence.ToDictionary();
        Assert.StartsWith("Tls1", handshake["tlsVersion"], StringComparison.Ordinal);
        Assert.Equal("completed", handshake["handshake"]);
        Assert.Contains("RemoteCertificateChainErrors", handshake["localTrust"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServerCertificateAsync_TlsServer_SendsTheDialledNameAsSni()
    {
        await using var server = TlsTestServer.Serve(Pki.Leaf());
        var context = CheckContext.Create(CertificateTestRun.ForTls(server.Endpoint), TimeProvider.System, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        await context.GetServerCertificateAsync(TestContext.Current.CancellationToken);

        var seen = await server.ServerNames.Reader.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(TestPki.Fqdn, seen);
    }

    [Fact]
    public async Task RunAll_FiveChecksOverTls_HandshakeHappensOnce()
    {
        await using var server = TlsTestServer.Serve(Pki.Leaf(), Pki.Intermediate);
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(CertificateTestRun.ForTls(server.Endpoint, [Pki.Root]), TimeSpan.FromSeconds(5), fetcher);

        Assert.Equal(5, findings.Count);
        Assert.Equal(1, server.Accepted);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertExpiry].Status);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertName].Status);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertChain].Status);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertEku].Status);
        // SSTP offered and no CRL location in the certificate: clients fail the revocation check.
        Assert.Equal(CheckStatus.Fail, findings[CheckIds.CertRevocation].Status);
        Assert.All(findings.Values, f => Assert.Equal(server.Endpoint.ToString(), f.Evidence["endpoint"]));
    }

    [Fact]
    public async Task RunAll_StalledTlsPeer_EveryCheckNamesTheStallWithinTheDeadline()
    {
        await using var server = TlsTestServer.Stall();
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(CertificateTestRun.ForTls(server.Endpoint), TimeSpan.FromSeconds(1.5), fetcher);

        Assert.Equal(5, findings.Count);
        Assert.All(findings.Values, f =>
        {
            Assert.Equal(CheckStatus.Error, f.Status);
            // Set by the certificate source, not by the runner cutting the unit off.
            Assert.Equal("silent", f.Evidence["outcome"]);
            Assert.Contains("did not answer the TLS handshake", f.Summary.En, StringComparison.Ordinal);
            Assert.Contains("TLS ハンドシェイク", f.Summary.Ja, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RunAll_PlainHttpOnTheSstpPort_ReportsNotTlsWithTheFirstBytes()
    {
        await using var server = TlsTestServer.AnswerThenClose("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(CertificateTestRun.ForTls(server.Endpoint), TimeSpan.FromSeconds(3), fetcher);

        Assert.All(findings.Values, f =>
        {
            Assert.Equal(CheckStatus.Error, f.Status);
            Assert.Equal("malformed", f.Evidence["outcome"]);
            Assert.StartsWith(Convert.ToHexString("HTTP/1.1"u8), f.Evidence["firstBytes"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task GetServerCertificateAsync_TlsRecordThenGarbage_ReportsTlsFailure()
    {
        // A handshake record header followed by nonsense: TLS-shaped, so a TLS failure rather than "not TLS".
        var bytes = new byte[] { 0x16, 0x03, 0x03, 0x00, 0x10 }.Concat(Enumerable.Repeat((byte)0xEE, 16)).ToArray();
        await using var server = TlsTestServer.AnswerThenClose(bytes);
        var target = CertificateTestRun.ForTls(server.Endpoint);

        var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target, budget: TimeSpan.FromSeconds(3));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("tls-failed", finding.Evidence["outcome"]);
        Assert.True(finding.Evidence.ContainsKey("tlsError"));
        Assert.Contains(server.Endpoint.ToString(), finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServerCertificateAsync_RandomGarbagePeers_AlwaysAFindingWithinTheBudget()
    {
        var random = new Random(6125);
        for (var i = 0; i < 12; i++)
        {
            var bytes = new byte[random.Next(1, 600)];
            random.NextBytes(bytes);
            await using var server = i % 2 == 0 ? TlsTestServer.Garbage(bytes) : TlsTestServer.AnswerThenClose(bytes);
            var target = CertificateTestRun.ForTls(server.Endpoint);

            var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target, budget: TimeSpan.FromSeconds(1));

            Assert.Equal(CheckStatus.Error, finding.Status);
            Assert.Contains(finding.Evidence["outcome"], new[] { "malformed", "tls-failed", "silent" });
        }
    }

    [Fact]
    public async Task GetServerCertificateAsync_NothingListens_SkipsNamingTheRefusal()
    {
        var target = CertificateTestRun.ForTls(TlsTestServer.ClosedPort());

        var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target);

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Equal("refused", finding.Evidence["outcome"]);
        Assert.Contains("refused", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("sstp.listener", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Ikev2OnlyWithoutFile_SkipsSayingHowToCheck()
    {
        var target = new CheckTarget { Name = "t", Fqdn = TestPki.Fqdn, Protocols = VpnProtocols.Ikev2, Address = IPAddress.Loopback };

        var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target);

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("--cert", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("エージェント", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("Ikev2", finding.Evidence["protocols"]);
        Assert.Equal(2, finding.Remediation.Count);
    }

    [Fact]
    public void Plan_PptpOnlyWithoutFile_PlansNothing()
    {
        var target = new CheckTarget { Name = "t", Fqdn = TestPki.Fqdn, Protocols = VpnProtocols.Pptp };

        Assert.Empty(new CertificateEkuCheck().Plan(target));
        Assert.Empty(new CertificateRevocationCheck(new RevocationFetcher()).Plan(target));
    }

    [Fact]
    public void Plan_FileGiven_SubjectIsTheFileEvenForPptpOnly()
    {
        var target = CertificateTestRun.ForFile(Pki.Leaf(), protocols: VpnProtocols.Pptp);

        var unit = Assert.Single(new CertificateEkuCheck().Plan(target));

        Assert.Equal("server.pem", unit.Subject);
    }

    [Fact]
    public void Plan_Sstp_SubjectIsNameAndPort()
    {
        var target = CertificateTestRun.ForTls(new IPEndPoint(IPAddress.Loopback, 8443));

        Assert.Equal("vpn.example.local:8443", Assert.Single(new CertificateEkuCheck().Plan(target)).Subject);
    }

    [Fact]
    public async Task GetServerCertificateAsync_NameDoesNotResolve_SkipsLikeOtherProbes()
    {
        // The only DNS server is a closed port on loopback: the name cannot resolve, and nothing leaves the machine.
        var target = new CheckTarget
        {
            Name = "t",
            Fqdn = TestPki.Fqdn,
            Protocols = VpnProtocols.Sstp,
            InternalDns = [TlsTestServer.ClosedPort()],
        };

        var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target, budget: TimeSpan.FromSeconds(3));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("did not resolve", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstBytesStream_KeepsOnlyTheFirstSixteenBytes()
    {
        var data = Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        await using var stream = new FirstBytesStream(new MemoryStream(data));
        var buffer = new byte[5];
        while (await stream.ReadAsync(buffer, TestContext.Current.CancellationToken) > 0)
        {
        }

        Assert.Equal(data[..16], stream.First.ToArray());
        Assert.True(stream.ReceivedNonTls);
    }
}
