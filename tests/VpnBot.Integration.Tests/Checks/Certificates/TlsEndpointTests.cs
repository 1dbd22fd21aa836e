using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// The certificate checks reading what a real <c>openssl s_server</c> presents in the TLS handshake on 443, one
/// lab address per certificate, with the lab CA given as <c>--ca</c>.
/// </summary>
/// <remarks>
/// Every certificate here names its CA's CRL and OCSP responder on the lab's PKI host, which answer: <c>cert.revocation</c>
/// passes on all of them (RevocationTests covers the endpoints where it does not).
/// </remarks>
public sealed class TlsEndpointTests(LabFixture fixture)
{
    private const string ServerAuthAndIke = "1.3.6.1.5.5.7.3.1 (Server Authentication), 1.3.6.1.5.5.8.2.2 (IP security IKE intermediate)";

    [Fact]
    public async Task Run_GoodCertificate_EveryCheckPasses()
    {
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.Good);

        Assert.True(report.Letters() == "PPPPP", CertificateRun.Describe(report));
        var findings = report.ByCheck();
        Assert.All(findings.Values, f => Assert.Equal("tls", f.Evidence["source"]));
        Assert.All(findings.Values, f => Assert.Equal(tls.Good.Endpoint.ToString(), f.Evidence["endpoint"]));
        Assert.All(findings.Values, f => Assert.Equal(tls.ServerName, f.Evidence["sni"]));
        Assert.All(findings.Values, f => Assert.Equal($"{tls.ServerName}:443", f.Subject));

        var expiry = findings[CheckIds.CertExpiry].Evidence;
        Assert.Equal(tls.Good.Subject, expiry["subject"]);
        Assert.Equal(Iso(tls.Good.NotAfter), expiry["notAfter"]);
        Assert.Equal(Iso(tls.Good.NotBefore), expiry["notBefore"]);
        Assert.InRange(int.Parse(expiry["daysLeft"], CultureInfo.InvariantCulture), 363, 365);

        var name = findings[CheckIds.CertName].Evidence;
        Assert.Equal(tls.ServerName, name["dialled"]);
        Assert.Equal("san", name["matchedBy"]);
        Assert.Equal(string.Join(", ", tls.Good.DnsNames), name["dnsSans"]);

        var chain = findings[CheckIds.CertChain].Evidence;
        Assert.Equal("--ca", chain["trustedBy"]);
        Assert.Equal("(none)", chain["problems"]);
        Assert.Equal("completed", chain["handshake"]);
        Assert.Contains("VpnBot Lab Root CA", chain["root"], StringComparison.Ordinal);

        var eku = findings[CheckIds.CertEku];
        Assert.Equal(ServerAuthAndIke, eku.Evidence["eku"]);
        Assert.Equal("true", eku.Evidence["ikev2Offered"]);

        var revocation = findings[CheckIds.CertRevocation].Evidence;
        Assert.Equal(string.Join(" ", tls.Good.CrlUrls), revocation["cdp"]);
        Assert.Equal(string.Join(" ", tls.Good.OcspUrls), revocation["ocsp"]);
        Assert.Equal(tls.Good.SerialNumber, revocation["serial"]);
        Assert.Equal(ReportStatus.Ok, report.Status);
        Assert.Empty(report.Diagnosis);
    }

    [Fact]
    public async Task Run_ExpiredCertificate_ExpiryFailsWith13801AndIsDiagnosedFirst()
    {
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.Expired);

        Assert.True(report.Letters() == "FPPPP", CertificateRun.Describe(report));
        var expiry = report.ByCheck()[CheckIds.CertExpiry];
        Assert.Contains("13801", expiry.ErrorCodes);
        Assert.Contains("810", expiry.ErrorCodes);
        Assert.Equal(Iso(tls.Expired.NotAfter), expiry.Evidence["notAfter"]);
        Assert.InRange(int.Parse(expiry.Evidence["daysLeft"], CultureInfo.InvariantCulture), -31, -30);
        var cause = report.FirstCause();
        Assert.Equal("cert.expired", cause.Id);
        Assert.Equal("13801", cause.ErrorCodes[0]);
        Assert.Equal([CheckIds.CertExpiry], cause.Checks);
    }

    [Fact]
    public async Task Run_CertificateExpiringInAWeek_FailsUnderTheDefaultThresholds()
    {
        var report = await RunAsync(fixture.Topology.Tls.ExpiringSoon);

        Assert.True(report.Letters() == "FPPPP", CertificateRun.Describe(report));
        var expiry = report.ByCheck()[CheckIds.CertExpiry];
        Assert.InRange(int.Parse(expiry.Evidence["daysLeft"], CultureInfo.InvariantCulture), 6, 7);
        Assert.Equal("7", expiry.Evidence["failDays"]);
        Assert.Equal("cert.expired", report.FirstCause().Id);
    }

    [Fact]
    public async Task Run_CertificateExpiringInAWeekWithTheFailThresholdLowered_Warns()
    {
        var thresholds = new ThresholdOptions { CertificateFailDays = 3 };

        var report = await RunAsync(fixture.Topology.Tls.ExpiringSoon, thresholds);

        Assert.True(report.Letters() == "WPPPP", CertificateRun.Describe(report));
        var expiry = report.ByCheck()[CheckIds.CertExpiry];
        Assert.Equal("3", expiry.Evidence["failDays"]);
        Assert.Equal("30", expiry.Evidence["warnDays"]);
        Assert.Empty(expiry.ErrorCodes);
        Assert.Contains(report.Diagnosis, c => c.Id == "cert.expiring");
        Assert.DoesNotContain(report.Diagnosis, c => c.Id == "cert.expired");
    }

    [Fact]
    public async Task Run_CertificateForAnotherName_NameFailsAnd13801IsDiagnosedFirst()
    {
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.WrongName);

        Assert.True(report.Letters() == "PFPPP", CertificateRun.Describe(report));
        var name = report.ByCheck()[CheckIds.CertName];
        Assert.Equal(tls.ServerName, name.Evidence["dialled"]);
        Assert.Equal(string.Join(", ", tls.WrongName.DnsNames), name.Evidence["dnsSans"]);
        Assert.Equal("none", name.Evidence["matchedBy"]);
        Assert.Equal(["13801", "0x800B010F"], name.ErrorCodes);
        // The example: a certificate without the dialled name explains 13801.
        var cause = report.FirstCause();
        Assert.Equal("cert.name-mismatch", cause.Id);
        Assert.Equal("13801", cause.ErrorCodes[0]);
    }

    [Fact]
    public async Task Run_CertificateWithoutTheIkeEku_EkuWarnsWhenIkev2IsOffered()
    {
        var report = await RunAsync(fixture.Topology.Tls.NoIkeEku);

        Assert.True(report.Letters() == "PPPWP", CertificateRun.Describe(report));
        var eku = report.ByCheck()[CheckIds.CertEku];
        Assert.Equal("1.3.6.1.5.5.7.3.1 (Server Authentication)", eku.Evidence["eku"]);
        Assert.Empty(eku.ErrorCodes);
        // A missing recommended EKU breaks nothing: no cause is made of it.
        Assert.DoesNotContain(report.Diagnosis, c => c.Id == "cert.eku-missing");
    }

    [Fact]
    public async Task Run_CertificateWithoutTheIkeEkuForSstpAlone_EkuPasses()
    {
        var report = await RunAsync(fixture.Topology.Tls.NoIkeEku, protocols: ["Sstp"]);

        var eku = report.ByCheck()[CheckIds.CertEku];
        Assert.Equal(CheckStatus.Pass, eku.Status);
        Assert.Equal("false", eku.Evidence["ikev2Offered"]);
    }

    [Fact]
    public async Task Run_CertificateFromACaNotGiven_ChainFailsAsIncompleteToAnUnknownRoot()
    {
        // The server sends only its leaf, as Windows does for a private root: the issuer is nowhere to be
        // found, which a client sees as a chain it cannot build (missing intermediate or unknown root).
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.UntrustedIssuer);

        Assert.True(report.Letters() == "PPFPP", CertificateRun.Describe(report));
        var chain = report.ByCheck()[CheckIds.CertChain];
        Assert.Contains("0x800B0109", chain.ErrorCodes);
        Assert.Contains("13801", chain.ErrorCodes);
        Assert.Equal("none", chain.Evidence["trustedBy"]);
        Assert.Equal("partial-chain", chain.Evidence["problems"]);
        var cause = report.FirstCause();
        Assert.Equal("cert.chain-incomplete", cause.Id);
        Assert.Contains("0x800B0109", cause.ErrorCodes);
        Assert.Contains("0x800B010A", cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_CertificateFromACaGivenWithCa_ChainPasses()
    {
        var tls = fixture.Topology.Tls;

        var report = await RunAsync(tls.UntrustedIssuer, roots: [tls.UntrustedCaCertificateFile]);

        var chain = report.ByCheck()[CheckIds.CertChain];
        Assert.Equal(CheckStatus.Pass, chain.Status);
        Assert.Equal("--ca", chain.Evidence["trustedBy"]);
        Assert.Contains("Untrusted Root CA", chain.Evidence["root"], StringComparison.Ordinal);
    }

    private Task<CheckReport> RunAsync(
        TlsEndpoint endpoint, ThresholdOptions? thresholds = null, string[]? protocols = null, string[]? roots = null)
    {
        var tls = fixture.Topology.Tls;
        return CertificateRun.RunAsync(
            CertificateRun.OverTls(tls, endpoint, protocols ?? CertificateRun.SstpAndIkev2, roots ?? [tls.CaCertificateFile]),
            thresholds);
    }

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
