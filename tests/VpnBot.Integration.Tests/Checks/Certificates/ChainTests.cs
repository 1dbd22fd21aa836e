using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Reporting;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Checks.Certificates;

/// <summary>
/// <c>cert.chain</c> with a certificate from the lab's issuing CA (an intermediate under the lab CA), served by
/// <c>openssl s_server</c> with and without that intermediate, only the lab CA given as <c>--ca</c>.
/// </summary>
public sealed class ChainTests(LabFixture fixture)
{
    [Fact]
    public async Task Run_ServerSendingItsIntermediate_ChainBuildsToTheRootAndEveryCheckPasses()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.IntermediateSent);

        Assert.True(report.Letters() == "PPPPP", CertificateRun.Describe(report));
        var chain = report.ByCheck()[CheckIds.CertChain].Evidence;
        Assert.Equal("2", chain["presented"]);
        Assert.Equal("--ca", chain["trustedBy"]);
        var links = chain["chain"].Split(" > ");
        Assert.Equal(3, links.Length);
        Assert.Contains(pki.Issuing.CommonName, links[1], StringComparison.Ordinal);
        Assert.Contains(pki.Root.CommonName, links[2], StringComparison.Ordinal);
        Assert.Equal(links[2], chain["root"]);
        Assert.Equal(pki.Issuing.CertificateFile, tls.IntermediateSent.ChainFile);
        Assert.Equal(pki.Issuing.CertificateFile, tls.IntermediateSent.IssuerCertificateFile);
        Assert.Equal(ReportStatus.Ok, report.Status);
    }

    [Fact]
    public async Task Run_ServerWithoutItsIntermediate_PartialChainDiagnosedAsIncomplete()
    {
        var (tls, pki) = (fixture.Topology.Tls, fixture.Topology.Pki);

        var report = await OverTlsAsync(tls.IntermediateMissing);

        Assert.True(report.Letters() == "PPFPP", CertificateRun.Describe(report));
        var chain = report.ByCheck()[CheckIds.CertChain];
        Assert.Equal("1", chain.Evidence["presented"]);
        Assert.Equal("partial-chain", chain.Evidence["problems"]);
        Assert.Equal("none", chain.Evidence["trustedBy"]);
        // The certificate names no caIssuers location, and nothing is downloaded anyway: the issuer is simply missing.
        Assert.Contains(pki.Issuing.CommonName, chain.Evidence["missingIssuer"], StringComparison.Ordinal);
        Assert.Contains("0x800B010A", chain.ErrorCodes);
        Assert.Contains("13801", chain.ErrorCodes);
        var cause = report.FirstCause();
        Assert.Equal("cert.chain-incomplete", cause.Id);
        Assert.Contains("0x800B010A", cause.ErrorCodes);
        Assert.Equal([CheckIds.CertChain], cause.Checks);
    }

    private Task<CheckReport> OverTlsAsync(TlsEndpoint endpoint)
    {
        var tls = fixture.Topology.Tls;
        return CertificateRun.RunAsync(CertificateRun.OverTls(tls, endpoint, CertificateRun.SstpAndIkev2, tls.CaCertificateFile));
    }
}
