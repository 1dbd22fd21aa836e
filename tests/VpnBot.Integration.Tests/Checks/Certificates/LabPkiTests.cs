using System.Globalization;
using VpnBot.Integration.Tests.Tools;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// The lab's PKI proven with OpenSSL's own clients, so that what <c>cert.revocation</c> and <c>cert.chain</c> are judged
/// against is what OpenSSL itself says: the OCSP responders' signed answers, the CRLs' contents and dates, the chains.
/// </summary>
public sealed class LabPkiTests(LabFixture fixture)
{
    [Fact]
    public async Task OpensslOcsp_RevokedAndGoodCertificates_ResponderSaysRevokedAndGood()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var revoked = await OcspAsync(tls.Revoked, pki.Root);
        var good = await OcspAsync(tls.Good, pki.Root);
        var issued = await OcspAsync(tls.IntermediateSent, pki.Issuing);

        Assert.Contains($"{tls.Revoked.CertificateFile}: revoked", revoked.Output, StringComparison.Ordinal);
        Assert.Contains("Reason: superseded", revoked.Output, StringComparison.Ordinal);
        Assert.Contains($"{tls.Good.CertificateFile}: good", good.Output, StringComparison.Ordinal);
        Assert.Contains($"{tls.IntermediateSent.CertificateFile}: good", issued.Output, StringComparison.Ordinal);
        Assert.All([revoked, good, issued], r => Assert.Contains("Response verify OK", r.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpensslVerifyCrlCheck_RevokedCertificate_Error23AndGoodOk()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var revoked = await VerifyWithCrlAsync(tls.Revoked, pki.Root);
        var good = await VerifyWithCrlAsync(tls.Good, pki.Root);

        Assert.NotEqual(0, revoked.ExitCode);
        Assert.Contains("error 23 at 0 depth lookup: certificate revoked", revoked.Output, StringComparison.Ordinal);
        Assert.True(good.ExitCode == 0, good.ToString());
    }

    [Fact]
    public async Task OpensslCrl_StaleDistributionPoint_NextUpdateInThePastSignedByTheLabCa()
    {
        var pki = fixture.Topology.Pki;
        var stale = Path.Combine(Path.GetDirectoryName(pki.Root.CrlFile)!, "stale", Path.GetFileName(pki.Root.CrlFile));

        var crl = await StandardTool.RunAsync("openssl", "crl", "-inform", "DER", "-in", stale, "-noout", "-nextupdate", "-CAfile", pki.Root.CertificateFile);

        Assert.True(crl.ExitCode == 0, crl.ToString());
        Assert.Contains("verify OK", crl.Output, StringComparison.Ordinal);
        var expected = pki.StaleCrlNextUpdate.UtcDateTime.ToString("MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture);
        Assert.Contains($"nextUpdate={expected} GMT", Collapse(crl.Output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpensslVerify_IssuingCaCertificate_ChainsOnlyWithTheIntermediate()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);
        var leaf = tls.IntermediateSent.CertificateFile;

        var withIntermediate = await StandardTool.RunAsync("openssl", "verify", "-CAfile", pki.Root.CertificateFile, "-untrusted", pki.Issuing.CertificateFile, leaf);
        var alone = await StandardTool.RunAsync("openssl", "verify", "-CAfile", pki.Root.CertificateFile, leaf);

        Assert.True(withIntermediate.ExitCode == 0, withIntermediate.ToString());
        Assert.NotEqual(0, alone.ExitCode);
        Assert.Contains("unable to get local issuer certificate", alone.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrlServer_EveryCaCrl_ServedAsPkixCrl()
    {
        var pki = fixture.Topology.Pki;
        using var http = new HttpClient();

        foreach (var ca in new[] { pki.Root, pki.Issuing, pki.Untrusted })
        {
            using var response = await http.GetAsync(new Uri(ca.CrlUrl), TestContext.Current.CancellationToken);

            Assert.True(response.IsSuccessStatusCode, $"{ca.CrlUrl}: {(int)response.StatusCode}");
            Assert.Equal("application/pkix-crl", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(ca.CrlFile, TestContext.Current.CancellationToken), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
    }

    /// <summary>Asks the certificate's own OCSP responder, and verifies the signed answer up to the lab CA.</summary>
    private Task<ToolResult> OcspAsync(TlsEndpoint endpoint, CertificationAuthority issuer) => StandardTool.RunAsync(
        "openssl", "ocsp", "-issuer", issuer.CertificateFile, "-cert", endpoint.CertificateFile, "-url", endpoint.OcspUrls[0],
        "-CAfile", fixture.Topology.Pki.Root.CertificateFile, "-timeout", "5");

    private static Task<ToolResult> VerifyWithCrlAsync(TlsEndpoint endpoint, CertificationAuthority ca) => StandardTool.RunAsync(
        "openssl", "verify", "-crl_check", "-CRLfile", ca.CrlFile, "-CAfile", ca.CertificateFile, endpoint.CertificateFile);

    private static string Collapse(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
