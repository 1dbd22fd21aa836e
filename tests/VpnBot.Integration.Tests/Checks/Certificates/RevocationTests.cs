using System.Globalization;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Certificates.Revocation;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// <c>cert.revocation</c> against the lab's real publishing: CRLs made by <c>openssl ca -gencrl</c> served by BusyBox
/// httpd, and <c>openssl ocsp</c> responders. The certificate comes from the TLS handshake with SSTP offered (where a
/// gap fails with 0x80092013), or from the PEM file with IKEv2 alone (where a gap only warns).
/// </summary>
public sealed class RevocationTests(LabFixture fixture)
{
    [Fact]
    public async Task Run_CaPublishingACurrentCrlAndOcsp_PassesWithEachLocationOk()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.Good);

        var revocation = report.ByCheck()[CheckIds.CertRevocation];
        Assert.True(revocation.Status == CheckStatus.Pass, CertificateRun.Describe(report));
        Assert.Equal([pki.Root.CrlUrl], tls.Good.CrlUrls);
        Assert.Equal([pki.Root.OcspUrl!], tls.Good.OcspUrls);
        // The lab CA's CRL is current and lists one certificate, the revoked one, which is not this one.
        var crl = Token(revocation, pki.Root.CrlUrl);
        Assert.StartsWith("ok thisUpdate=", crl, StringComparison.Ordinal);
        Assert.Contains($"entries={pki.Root.RevokedSerials.Count},", crl, StringComparison.Ordinal);
        // A bare GET gets the responder's malformedRequest answer over HTTP 200: that it answers is the point.
        Assert.StartsWith("ok http 200", Token(revocation, pki.Root.OcspUrl!), StringComparison.Ordinal);
        Assert.Equal("true", revocation.Evidence["sstpOffered"]);
        Assert.Empty(revocation.ErrorCodes);
    }

    [Fact]
    public async Task Run_RevokedCertificate_FailsWithCryptERevokedAndIsDiagnosedRevoked()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.Revoked);

        Assert.True(report.Letters() == "PPPPF", CertificateRun.Describe(report));
        var revocation = report.ByCheck()[CheckIds.CertRevocation];
        Assert.Equal(["0x80092010", "13801"], revocation.ErrorCodes);
        Assert.Equal(tls.Revoked.SerialNumber, revocation.Evidence["serial"]);
        Assert.Contains(tls.Revoked.SerialNumber, pki.Root.RevokedSerials);
        Assert.StartsWith(LocationResult.Revoked + " thisUpdate=", Token(revocation, pki.Root.CrlUrl), StringComparison.Ordinal);
        var cause = report.FirstCause();
        Assert.Equal("cert.revoked", cause.Id);
        Assert.Equal(["0x80092010", "13801"], cause.ErrorCodes);
        Assert.Equal([CheckIds.CertRevocation], cause.Checks);
    }

    [Fact]
    public async Task Run_RevokedCertificateFileWithoutSstp_StillFails()
    {
        var tls = fixture.Topology.Tls;

        var report = await CertificateRun.RunAsync(CertificateRun.FromFile(tls, tls.Revoked.CertificateFile, ["Ikev2"], tls.CaCertificateFile));

        Assert.True(report.Letters() == "PPPPF", CertificateRun.Describe(report));
        Assert.Equal("false", report.ByCheck()[CheckIds.CertRevocation].Evidence["sstpOffered"]);
        Assert.Equal("cert.revoked", report.FirstCause().Id);
    }

    [Fact]
    public async Task Run_CrlPastItsNextUpdate_FailsAsRevocationOfflineWhereSstpIsOffered()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.StaleCrl);

        Assert.True(report.Letters() == "PPPPF", CertificateRun.Describe(report));
        var revocation = report.ByCheck()[CheckIds.CertRevocation];
        Assert.Equal(["0x80092013"], revocation.ErrorCodes);
        Assert.Equal(pki.StaleCrlUrl, revocation.Evidence["cdp"]);
        Assert.Equal("(none)", revocation.Evidence["ocsp"]);
        Assert.Equal(
            $"{LocationResult.Expired} thisUpdate={Iso(pki.StaleCrlThisUpdate)} nextUpdate={Iso(pki.StaleCrlNextUpdate)}",
            Token(revocation, pki.StaleCrlUrl));
        Assert.True(pki.StaleCrlNextUpdate < TimeProvider.System.GetUtcNow());
        var cause = report.FirstCause();
        Assert.Equal("cert.revocation-offline", cause.Id);
        Assert.Equal(["0x80092013"], cause.ErrorCodes);
    }

    [Fact]
    public async Task Run_CrlPastItsNextUpdateFileWithoutSstp_WarnsWithoutACause()
    {
        var tls = fixture.Topology.Tls;

        var report = await CertificateRun.RunAsync(CertificateRun.FromFile(tls, tls.StaleCrl.CertificateFile, ["Ikev2"], tls.CaCertificateFile));

        Assert.True(report.Letters() == "PPPPW", CertificateRun.Describe(report));
        Assert.Empty(report.ByCheck()[CheckIds.CertRevocation].ErrorCodes);
        Assert.Empty(report.Diagnosis);
        Assert.Equal(ReportStatus.Warning, report.Status);
    }

    [Fact]
    public async Task Run_RevocationServerDown_FailsAsRevocationOfflineAfterWaitingOnEachLocation()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.RevocationOffline);

        Assert.True(report.Letters() == "PPPPF", CertificateRun.Describe(report));
        var revocation = report.ByCheck()[CheckIds.CertRevocation];
        Assert.Equal(["0x80092013"], revocation.ErrorCodes);
        Assert.Equal(pki.OfflineCrlUrl, revocation.Evidence["cdp"]);
        Assert.Equal(pki.OfflineOcspUrl, revocation.Evidence["ocsp"]);
        // The firewall drops the packets: no refusal, no ICMP, only the wait running out.
        Assert.StartsWith(LocationResult.NoAnswer + " within ", Token(revocation, pki.OfflineCrlUrl), StringComparison.Ordinal);
        Assert.StartsWith(LocationResult.NoAnswer + " within ", Token(revocation, pki.OfflineOcspUrl), StringComparison.Ordinal);
        Assert.Equal("cert.revocation-offline", report.FirstCause().Id);
    }

    [Fact]
    public async Task Run_CertificateFromTheIssuingCa_PassesOnThatCasCrlAndResponder()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.IntermediateSent);

        var revocation = report.ByCheck()[CheckIds.CertRevocation];
        Assert.True(revocation.Status == CheckStatus.Pass, CertificateRun.Describe(report));
        Assert.Equal(pki.Issuing.CrlUrl, revocation.Evidence["cdp"]);
        Assert.StartsWith("ok thisUpdate=", Token(revocation, pki.Issuing.CrlUrl), StringComparison.Ordinal);
        Assert.StartsWith("ok http 200", Token(revocation, pki.Issuing.OcspUrl!), StringComparison.Ordinal);
    }

    private Task<CheckReport> OverTlsAsync(TlsEndpoint endpoint)
    {
        var tls = fixture.Topology.Tls;
        return CertificateRun.RunAsync(CertificateRun.OverTls(tls, endpoint, CertificateRun.SstpAndIkev2, tls.CaCertificateFile));
    }

    /// <summary>The location's evidence: its result token and details.</summary>
    private static string Token(Finding revocation, string url)
    {
        Assert.True(revocation.Evidence.TryGetValue(url, out var value), string.Join("; ", revocation.Evidence.Select(e => $"{e.Key}={e.Value}")));
        return value!;
    }

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
