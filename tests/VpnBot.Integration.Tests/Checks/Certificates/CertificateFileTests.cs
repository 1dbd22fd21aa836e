using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// <c>--cert</c> with the PEM files the lab minted with the openssl CLI: the same verdicts as over TLS, without
/// a handshake. Only IKEv2 is offered, which needs a certificate no probe can see, so the file is the only source.
/// </summary>
/// <remarks>
/// Without SSTP a revocation gap is a warning, not a failure; a revoked certificate fails either way. A file holds only
/// the certificate here, so the issuing CA's certificate is missing as it is from a server that does not send it.
/// </remarks>
public sealed class CertificateFileTests(LabFixture fixture)
{
    public static TheoryData<string, string, string?> Verdicts => new()
    {
        // Statuses in check order: expiry, name, chain, eku, revocation; then the first-ranked certificate cause.
        { nameof(TlsTopology.Good), "PPPPP", null },
        { nameof(TlsTopology.Expired), "FPPPP", "cert.expired" },
        { nameof(TlsTopology.ExpiringSoon), "FPPPP", "cert.expired" },
        { nameof(TlsTopology.WrongName), "PFPPP", "cert.name-mismatch" },
        { nameof(TlsTopology.NoIkeEku), "PPPWP", null },
        { nameof(TlsTopology.UntrustedIssuer), "PPFPP", "cert.chain-incomplete" },
        { nameof(TlsTopology.Revoked), "PPPPF", "cert.revoked" },
        { nameof(TlsTopology.StaleCrl), "PPPPW", null },
        { nameof(TlsTopology.IntermediateSent), "PPFPP", "cert.chain-incomplete" },
    };

    [Theory]
    [MemberData(nameof(Verdicts))]
    public async Task Run_LabPemFile_SameVerdictsAsOverTls(string certificate, string expected, string? cause)
    {
        var tls = fixture.Topology.Tls;
        var file = Endpoint(tls, certificate).CertificateFile;

        var report = await CertificateRun.RunAsync(CertificateRun.FromFile(tls, file, ["Ikev2"], tls.CaCertificateFile));

        Assert.True(report.Letters() == expected, CertificateRun.Describe(report));
        Assert.All(report.Findings, f => Assert.Equal(file, f.Subject));
        Assert.All(report.Findings, f => Assert.Equal("file", f.Evidence["source"]));
        Assert.All(report.Findings, f => Assert.False(f.Evidence.ContainsKey("handshake")));
        Assert.Equal(cause, report.Diagnosis.Count > 0 ? report.Diagnosis[0].Id : null);
        Assert.All(report.Diagnosis, c => Assert.Contains("13801", c.ErrorCodes));
    }

    [Fact]
    public async Task Run_ExpiringSoonFileWithTheFailThresholdLowered_Warns()
    {
        var tls = fixture.Topology.Tls;

        var report = await CertificateRun.RunAsync(
            CertificateRun.FromFile(tls, tls.ExpiringSoon.CertificateFile, ["Ikev2"], tls.CaCertificateFile),
            new ThresholdOptions { CertificateFailDays = 3 });

        Assert.True(report.Letters() == "WPPPP", CertificateRun.Describe(report));
        Assert.Equal("cert.expiring", Assert.Single(report.Diagnosis, c => c.Id.StartsWith("cert.expir", StringComparison.Ordinal)).Id);
    }

    [Fact]
    public async Task Run_GoodFile_EvidenceMatchesWhatOpensslWrote()
    {
        var tls = fixture.Topology.Tls;

        var report = await CertificateRun.RunAsync(CertificateRun.FromFile(tls, tls.Good.CertificateFile, ["Ikev2"], tls.CaCertificateFile));

        var findings = report.ByCheck();
        Assert.Equal(tls.Good.CertificateFile, findings[CheckIds.CertExpiry].Evidence["file"]);
        Assert.Equal(tls.Good.Subject, findings[CheckIds.CertExpiry].Evidence["subject"]);
        Assert.Equal(string.Join(", ", tls.Good.DnsNames), findings[CheckIds.CertName].Evidence["dnsSans"]);
        Assert.Equal("--ca", findings[CheckIds.CertChain].Evidence["trustedBy"]);
        Assert.Equal("1", findings[CheckIds.CertChain].Evidence["presented"]);
        Assert.Equal(
            string.Join(", ", tls.Good.ExtendedKeyUsages.Select(Describe)),
            findings[CheckIds.CertEku].Evidence["eku"]);
        Assert.Equal(CheckStatus.Pass, findings[CheckIds.CertRevocation].Status);
        Assert.Equal(string.Join(" ", tls.Good.CrlUrls), findings[CheckIds.CertRevocation].Evidence["cdp"]);
        Assert.Equal(ReportStatus.Ok, report.Status);
    }

    private static TlsEndpoint Endpoint(TlsTopology tls, string name) => name switch
    {
        nameof(TlsTopology.Good) => tls.Good,
        nameof(TlsTopology.Expired) => tls.Expired,
        nameof(TlsTopology.ExpiringSoon) => tls.ExpiringSoon,
        nameof(TlsTopology.WrongName) => tls.WrongName,
        nameof(TlsTopology.NoIkeEku) => tls.NoIkeEku,
        nameof(TlsTopology.UntrustedIssuer) => tls.UntrustedIssuer,
        nameof(TlsTopology.Revoked) => tls.Revoked,
        nameof(TlsTopology.StaleCrl) => tls.StaleCrl,
        nameof(TlsTopology.IntermediateSent) => tls.IntermediateSent,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static string Describe(string oid) => oid switch
    {
        "1.3.6.1.5.5.7.3.1" => "1.3.6.1.5.5.7.3.1 (Server Authentication)",
        "1.3.6.1.5.5.8.2.2" => "1.3.6.1.5.5.8.2.2 (IP security IKE intermediate)",
        _ => oid,
    };
}
