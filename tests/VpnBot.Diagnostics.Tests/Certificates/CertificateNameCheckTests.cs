using VpnBot.Diagnostics.Certificates.Name;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificateNameCheckTests
{
    private static readonly TestPki Pki = TestPki.Create(TimeProvider.System.GetUtcNow());

    [Fact]
    public async Task Run_NameInSan_Passes()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { DnsNames = ["other.example.local", "VPN.example.local"] }));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("san", finding.Evidence["matchedBy"]);
        Assert.Equal("VPN.example.local", finding.Evidence["match"]);
        Assert.Equal("other.example.local, VPN.example.local", finding.Evidence["dnsSans"]);
        Assert.Equal(TestPki.Fqdn, finding.Evidence["dialled"]);
    }

    [Fact]
    public async Task Run_WildcardSan_PassesForOneLabel()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { CommonName = "*.example.local", DnsNames = ["*.example.local"] }));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("san-wildcard", finding.Evidence["matchedBy"]);
    }

    [Fact]
    public async Task Run_WildcardSanOneLevelUp_FailsBecauseWildcardsDoNotSpanLabels()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { DnsNames = ["*.local"] }), fqdn: "vpn.example.local");

        Assert.Equal(CheckStatus.Fail, finding.Status);
    }

    [Fact]
    public async Task Run_WrongName_FailsWithTheCodesOfTheOfferedProtocols()
    {
        var leaf = Pki.Leaf(new LeafSpec { CommonName = "mail.example.local", DnsNames = ["mail.example.local"] });

        var all = await Run(leaf);
        var sstpOnly = await Run(leaf, VpnProtocols.Sstp);

        Assert.Equal(CheckStatus.Fail, all.Status);
        Assert.Equal(["13801", "835", "0x800B010F"], all.ErrorCodes);
        Assert.Equal(["0x800B010F"], sstpOnly.ErrorCodes);
        Assert.Contains("mail.example.local", all.Summary.En, StringComparison.Ordinal);
        Assert.Contains("13801", all.Summary.Ja, StringComparison.Ordinal);
        Assert.Contains(all.Remediation, step => step.En.Contains("DNS=vpn.example.local", StringComparison.Ordinal));
        Assert.Equal("none", all.Evidence["matchedBy"]);
    }

    [Fact]
    public async Task Run_NoSanButMatchingCn_PassesOnTheCn()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { DnsNames = null }));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("cn", finding.Evidence["matchedBy"]);
        Assert.Equal("(none)", finding.Evidence["dnsSans"]);
        Assert.Equal(TestPki.Fqdn, finding.Evidence["cn"]);
        Assert.Contains("no DNS subject alternative name", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SanPresentAndOnlyCnMatches_FailsBecauseTheCnIsIgnored()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { CommonName = TestPki.Fqdn, DnsNames = ["portal.example.local"] }));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("clients ignore the CN", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoSanNoCn_Fails()
    {
        var finding = await Run(Pki.Leaf(new LeafSpec { CommonName = null, DnsNames = null }));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("(none)", finding.Evidence["cn"]);
    }

    private static Task<Finding> Run(System.Security.Cryptography.X509Certificates.X509Certificate2 leaf, VpnProtocols protocols = VpnProtocols.All, string fqdn = TestPki.Fqdn) =>
        CertificateTestRun.RunAsync(new CertificateNameCheck(), CertificateTestRun.ForFile(leaf, protocols: protocols, fqdn: fqdn));
}
