using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificateChainCheckTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TestPki Pki = TestPki.Create(Now);

    [Fact]
    public async Task Run_FullChainToRootGivenWithCa_Passes()
    {
        var finding = await Run(Pki.Leaf(), [Pki.Intermediate], [Pki.Root]);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("--ca", finding.Evidence["trustedBy"]);
        Assert.Equal(Pki.Root.Subject, finding.Evidence["root"]);
        Assert.Equal(3, finding.Evidence["chain"].Split(" > ").Length);
        Assert.Equal("2", finding.Evidence["presented"]);
        Assert.Equal("(none)", finding.Evidence["problems"]);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_RootInTheSystemStore_PassesAsSystemTrust()
    {
        var finding = await Run(Pki.Leaf(), [Pki.Intermediate], [], systemRoots: [Pki.Root]);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("system", finding.Evidence["trustedBy"]);
    }

    [Fact]
    public async Task Run_ServerSendsAnUntrustedRoot_FailsAsUntrustedRoot()
    {
        var finding = await Run(Pki.Leaf(), [Pki.Intermediate, Pki.Root], []);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("untrusted-root", finding.Evidence["problems"]);
        Assert.Equal(["0x800B0109", "13801", "864"], finding.ErrorCodes);
        Assert.Contains(Pki.Root.Subject, finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("信頼されていません", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("Trusted Root Certification Authorities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_UntrustedCaOfAnotherPki_FailsWhateverTheOtherRootsAre()
    {
        var other = TestPki.Create(Now, "Rogue");

        var finding = await Run(other.Leaf(), [other.Intermediate, other.Root], [Pki.Root]);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("untrusted-root", finding.Evidence["problems"]);
        Assert.Equal("none", finding.Evidence["trustedBy"]);
    }

    [Fact]
    public async Task Run_IntermediateNotSent_FailsAsPartialChainNamingTheMissingIssuer()
    {
        var finding = await Run(Pki.Leaf(), [], [Pki.Root]);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("partial-chain", finding.Evidence["problems"]);
        Assert.Equal(Pki.Intermediate.Subject, finding.Evidence["missingIssuer"]);
        Assert.Contains("0x800B010A", finding.ErrorCodes);
        Assert.Contains(finding.Remediation, step => step.En.Contains("Intermediate Certification Authorities", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.Ja.Contains("中間証明機関", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_IssuingCaExpired_FailsAsIssuerExpired()
    {
        var expired = TestPki.Ca("CN=VpnBot Test Issuing CA 2019", Pki.Root, Now.AddYears(-3), Now.AddDays(-10));
        var leaf = Pki.Leaf(new LeafSpec(), expired);

        var finding = await Run(leaf, [expired], [Pki.Root]);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("issuer-expired", finding.Evidence["problems"]);
        Assert.Equal("2030-05-22T09:00:00Z", finding.Evidence["issuerNotAfter"]);
        Assert.Equal(["13801", "810"], finding.ErrorCodes);
        Assert.Contains("expired on 2030-05-22", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_VerificationTimeFollowsTheRunClock()
    {
        var shortLived = TestPki.Ca("CN=VpnBot Short CA", Pki.Root, Now.AddDays(-10), Now.AddDays(20));
        var leaf = Pki.Leaf(new LeafSpec { NotAfter = TimeSpan.FromDays(10) }, shortLived);
        var target = CertificateTestRun.ForFile(leaf, [shortLived], [Pki.Root]);
        var time = new FakeTimeProvider(Now);
        var check = new CertificateChainCheck(() => []);

        var today = await CertificateTestRun.RunAsync(check, target, time);
        time.Advance(TimeSpan.FromDays(30));
        var later = await CertificateTestRun.RunAsync(check, target, time);

        Assert.Equal(CheckStatus.Pass, today.Status);
        Assert.Equal(CheckStatus.Fail, later.Status);
        Assert.Equal("issuer-expired", later.Evidence["problems"]);
        Assert.Equal("2030-07-01T09:00:00Z", later.Evidence["verificationTime"]);
    }

    [Fact]
    public async Task Run_LeafSignedByAnotherKey_FailsAsBadSignature()
    {
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var leaf = Pki.Leaf(new LeafSpec { ForgedBy = forger });

        var finding = await Run(leaf, [Pki.Intermediate], [Pki.Root]);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.StartsWith("bad-signature", finding.Evidence["problems"], StringComparison.Ordinal);
        Assert.Contains("does not verify", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("13801", finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_SelfSignedServerCertificate_FailsSayingSo()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={TestPki.Fqdn}", key, HashAlgorithmName.SHA256);
        var leaf = request.CreateSelfSigned(Now.AddDays(-1), Now.AddDays(90));

        var finding = await Run(leaf, [], []);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("self-signed", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("自己署名", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ExpiredLeafUnderGoodChain_PassesAndLeavesTheDatesToExpiry()
    {
        var leaf = Pki.Leaf(new LeafSpec { NotBefore = TimeSpan.FromDays(-100), NotAfter = TimeSpan.FromDays(-1) });

        var finding = await Run(leaf, [Pki.Intermediate], [Pki.Root]);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Contains("0: NotTimeValid", finding.Evidence["elementStatus"], StringComparison.Ordinal);
    }

    private static Task<Finding> Run(
        X509Certificate2 leaf, X509Certificate2[] sent, X509Certificate2[] ca, X509Certificate2[]? systemRoots = null) =>
        CertificateTestRun.RunAsync(
            new CertificateChainCheck(() => systemRoots ?? []),
            CertificateTestRun.ForFile(leaf, sent, ca),
            new FakeTimeProvider(Now));
}
