using System.Text;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Input;

namespace VpnBot.Diagnostics.Tests.Certificates;

/// <summary>
/// The checks read what the real OpenSSL CLI writes, through the same file path <c>--cert</c> and <c>--ca</c> use. What real
/// OpenSSL servers present over TLS (a chain with its intermediate, a demand for a client certificate, CRLs and OCSP
/// over real HTTP servers) is proven against the lab in the integration tests (Checks/Certificates).
/// </summary>
public sealed class OpenSslCertificateTests(OpenSslLab lab) : IClassFixture<OpenSslLab>
{
    [Fact]
    public async Task RunAll_OpenSslServerBundle_EveryCheckPasses()
    {
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(Target(lab.BundlePem, VpnProtocols.Sstp | VpnProtocols.Ikev2), TimeSpan.FromSeconds(5), fetcher);

        Assert.All(findings.Values, f => Assert.Equal(CheckStatus.Pass, f.Status));
        Assert.Equal("--ca", findings[CheckIds.CertChain].Evidence["trustedBy"]);
        Assert.Equal("CN=VpnBot Lab Root", findings[CheckIds.CertChain].Evidence["root"]);
        Assert.Equal("2", findings[CheckIds.CertChain].Evidence["presented"]);
        Assert.Equal(
            "1.3.6.1.5.5.7.3.1 (Server Authentication), 1.3.6.1.5.5.8.2.2 (IP security IKE intermediate)",
            findings[CheckIds.CertEku].Evidence["eku"]);
        Assert.Equal("vpn.example.local", findings[CheckIds.CertName].Evidence["dnsSans"]);
        Assert.Equal(lab.CrlUrl, findings[CheckIds.CertRevocation].Evidence["cdp"]);
        Assert.StartsWith("ok ", findings[CheckIds.CertRevocation].Evidence[lab.CrlUrl], StringComparison.Ordinal);
        Assert.All(findings.Values, f => Assert.Equal(lab.BundlePem, f.Subject));
    }

    [Fact]
    public async Task RunAll_ExpiredCertificateFromOpenSslCa_FailsExpiryAndRevocation()
    {
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(Target(lab.ExpiredPem, VpnProtocols.Ikev2), TimeSpan.FromSeconds(5), fetcher);

        var expiry = findings[CheckIds.CertExpiry];
        Assert.Equal(CheckStatus.Fail, expiry.Status);
        Assert.Equal("2020-02-01T00:00:00Z", expiry.Evidence["notAfter"]);
        Assert.Equal("2020-01-01T00:00:00Z", expiry.Evidence["notBefore"]);
        Assert.Equal(lab.ExpiredSerial, expiry.Evidence["serial"]);
        // The lab CA revoked it too, and its CRL says so.
        Assert.Equal(CheckStatus.Fail, findings[CheckIds.CertRevocation].Status);
        Assert.StartsWith("revoked", findings[CheckIds.CertRevocation].Evidence[lab.CrlUrl], StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertChain].Status);
    }

    [Fact]
    public async Task RunAll_WrongNameWithoutIkeEku_FailsNameAndWarnsEku()
    {
        using var fetcher = new RevocationFetcher();

        var findings = await CertificateTestRun.RunAllAsync(Target(lab.WrongNamePem, VpnProtocols.Ikev2 | VpnProtocols.L2tp), TimeSpan.FromSeconds(5), fetcher);

        Assert.Equal(CheckStatus.Fail, findings[CheckIds.CertName].Status);
        Assert.Equal(["13801", "835"], findings[CheckIds.CertName].ErrorCodes);
        Assert.Equal(CheckStatus.Warn, findings[CheckIds.CertEku].Status);
        // Only the leaf is in this file: the intermediate is missing.
        Assert.Equal("partial-chain", findings[CheckIds.CertChain].Evidence["problems"]);
    }

    [Fact]
    public async Task CrlReader_OpenSslCrl_ReadsTheRevokedSerialInDerAndPem()
    {
        var der = await File.ReadAllBytesAsync(lab.CrlDer, TestContext.Current.CancellationToken);
        var pem = await File.ReadAllBytesAsync(lab.CrlPem, TestContext.Current.CancellationToken);

        var fromDer = Assert.IsType<CrlInfo>(CrlReader.Read(der).Crl);
        var fromPem = Assert.IsType<CrlInfo>(CrlReader.Read(pem).Crl);

        Assert.Equal("CN=VpnBot Lab Issuing CA", fromDer.Issuer);
        Assert.Equal(lab.ExpiredSerial, Assert.Single(fromDer.RevokedSerials));
        Assert.Equal(TimeSpan.FromDays(7), fromDer.NextUpdate - fromDer.ThisUpdate);
        Assert.Equal(fromDer.ThisUpdate, fromPem.ThisUpdate);
        Assert.StartsWith("-----BEGIN X509 CRL-----", Encoding.ASCII.GetString(pem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrlReader_MutatedOpenSslCrl_NeverThrows()
    {
        var der = await File.ReadAllBytesAsync(lab.CrlDer, TestContext.Current.CancellationToken);
        var pem = await File.ReadAllBytesAsync(lab.CrlPem, TestContext.Current.CancellationToken);

        var counts = Fuzz.Mutations([der, pem], 10000, seed: 3, bytes => CrlReader.Read(bytes).Crl is not null);

        Assert.InRange(counts.Accepted, 1, counts.Total - 1);
    }

    private CheckTarget Target(string certificateFile, VpnProtocols protocols)
    {
        var certificate = CertificateFiles.ReadServerCertificate(certificateFile);
        var roots = CertificateFiles.ReadAll(lab.RootPem);
        Assert.True(certificate.Ok);
        Assert.True(roots.Ok);
        return new CheckTarget
        {
            Name = "lab",
            Fqdn = "vpn.example.local",
            Protocols = protocols,
            CertificateFile = certificate.Value,
            TrustedRoots = roots.Value,
        };
    }
}
