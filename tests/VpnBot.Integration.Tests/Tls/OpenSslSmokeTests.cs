using VpnBot.Integration.Tests.Tools;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Tls;

/// <summary>Each TLS endpoint of the lab, proven with openssl s_client and openssl x509.</summary>
public sealed class OpenSslSmokeTests(LabFixture fixture)
{
    [Fact]
    public async Task SClient_GoodCertificateOnBothEndpoints_VerifiesOk()
    {
        var tls = fixture.Topology.Tls;
        foreach (var endpoint in new[] { tls.Good, tls.Vpn })
        {
            var result = await ConnectAsync(endpoint, tls.CaCertificateFile);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Verification: OK", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SClient_ExpiredCertificate_VerifyError10()
    {
        var tls = fixture.Topology.Tls;

        var result = await ConnectAsync(tls.Expired, tls.CaCertificateFile);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("verify error:num=10:certificate has expired", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SClient_WrongName_VerifyError62()
    {
        var tls = fixture.Topology.Tls;

        var result = await ConnectAsync(tls.WrongName, tls.CaCertificateFile);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("verify error:num=62:hostname mismatch", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SClient_UntrustedIssuer_VerifyError20()
    {
        var tls = fixture.Topology.Tls;

        var result = await ConnectAsync(tls.UntrustedIssuer, tls.CaCertificateFile);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("verify error:num=20:unable to get local issuer certificate", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SClient_UntrustedIssuerWithItsOwnCa_VerifiesOk()
    {
        var tls = fixture.Topology.Tls;

        var result = await ConnectAsync(tls.UntrustedIssuer, tls.UntrustedCaCertificateFile);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task X509_ExpiringSoon_ExpiresWithinTwoWeeksButNotNow()
    {
        var file = fixture.Topology.Tls.ExpiringSoon.CertificateFile;

        var now = await StandardTool.RunAsync("openssl", "x509", "-in", file, "-noout", "-checkend", "0");
        var inTwoWeeks = await StandardTool.RunAsync("openssl", "x509", "-in", file, "-noout", "-checkend", $"{14 * 86400}");

        Assert.Equal(0, now.ExitCode);
        Assert.Equal(1, inTwoWeeks.ExitCode);
    }

    [Fact]
    public async Task X509_ExtendedKeyUsage_GoodHasTheIkeIntermediateAndNoIkeEkuDoesNot()
    {
        var tls = fixture.Topology.Tls;

        var good = await StandardTool.RunAsync("openssl", "x509", "-in", tls.Good.CertificateFile, "-noout", "-ext", "extendedKeyUsage,subjectAltName");
        var noIke = await StandardTool.RunAsync("openssl", "x509", "-in", tls.NoIkeEku.CertificateFile, "-noout", "-ext", "extendedKeyUsage");

        Assert.Contains("TLS Web Server Authentication, 1.3.6.1.5.5.8.2.2", good.Output, StringComparison.Ordinal);
        Assert.Contains($"DNS:{tls.ServerName}", good.Output, StringComparison.Ordinal);
        Assert.Contains("TLS Web Server Authentication", noIke.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.3.6.1.5.5.8.2.2", noIke.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.3.6.1.5.5.8.2.2", tls.NoIkeEku.ExtendedKeyUsages);
    }

    [Fact]
    public async Task SClient_NoIkeEku_StillVerifiesAsATlsServer()
    {
        var tls = fixture.Topology.Tls;

        var result = await ConnectAsync(tls.NoIkeEku, tls.CaCertificateFile);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private Task<ToolResult> ConnectAsync(TlsEndpoint endpoint, string caFile)
    {
        var name = fixture.Topology.Tls.ServerName;
        return StandardTool.RunAsync(
            "openssl", "s_client", "-connect", endpoint.Endpoint.ToString(), "-servername", name,
            "-verify_hostname", name, "-verify_return_error", "-CAfile", caFile, "-brief");
    }
}
