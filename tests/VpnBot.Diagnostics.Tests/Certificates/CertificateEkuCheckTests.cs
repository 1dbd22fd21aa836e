using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificateEkuCheckTests
{
    private static readonly TestPki Pki = TestPki.Create(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task Run_ServerAuthAndIke_Passes()
    {
        var finding = await Run(Pki.Leaf());

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("1.3.6.1.5.5.7.3.1 (Server Authentication), 1.3.6.1.5.5.8.2.2 (IP security IKE intermediate)", finding.Evidence["eku"]);
        Assert.Equal("DigitalSignature", finding.Evidence["keyUsage"]);
    }

    [Fact]
    public async Task Run_NoEkuExtension_PassesAsAnyPurpose()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = null }));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Contains("RFC 5280", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal("(none: any purpose)", finding.Evidence["eku"]);
    }

    [Fact]
    public async Task Run_ClientAuthOnly_FailsWith0x80070040()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = [TestPki.ClientAuth] }));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x80070040", "13801"], finding.ErrorCodes);
        Assert.Contains("Server Authentication", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("サーバー認証", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("1.3.6.1.5.5.7.3.2 (Client Authentication)", finding.Evidence["eku"]);
    }

    [Fact]
    public async Task Run_ServerAuthWithoutIkeWhenIkev2Offered_Warns()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = [TestPki.ServerAuth] }), VpnProtocols.Ikev2 | VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Contains("1.3.6.1.5.5.8.2.2", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("Application Policies", StringComparison.Ordinal));
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_ServerAuthWithoutIkeSstpOnly_Passes()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = [TestPki.ServerAuth] }), VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("false", finding.Evidence["ikev2Offered"]);
    }

    [Fact]
    public async Task Run_KeyUsageWithoutDigitalSignature_FailsWith13806()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { KeyUsage = X509KeyUsageFlags.KeyEncipherment }));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["13806", "13801"], finding.ErrorCodes);
        Assert.Contains("Digital Signature", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AnyPurposeOnly_Warns()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = ["2.5.29.37.0"] }));

        Assert.Equal(CheckStatus.Warn, finding.Status);
    }

    [Fact]
    public async Task Run_NoServerAuthAndNoDigitalSignature_ReportsBothFixes()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { Ekus = [TestPki.ClientAuth], KeyUsage = X509KeyUsageFlags.KeyEncipherment }));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x80070040", "13801", "13806"], finding.ErrorCodes);
        Assert.Contains(finding.Remediation, step => step.En.Contains("Key Usage includes Digital Signature", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.En.Contains("RAS and IAS Server", StringComparison.Ordinal));
    }

    private static Task<Finding> Run(X509Certificate2 leaf, VpnProtocols protocols = VpnProtocols.All) =>
        CertificateTestRun.RunAsync(new CertificateEkuCheck(), CertificateTestRun.ForFile(leaf, protocols: protocols));
}
