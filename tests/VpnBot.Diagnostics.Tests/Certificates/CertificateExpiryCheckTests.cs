using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Certificates.Expiry;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Diagnostics.Tests.Certificates;

public sealed class CertificateExpiryCheckTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TestPki Pki = TestPki.Create(Now);

    [Fact]
    public async Task Run_YearLeft_PassesWithIdentityEvidence()
    {
        var leaf = Pki.Leaf();

        var finding = await RunAt(Now, leaf);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("365", finding.Evidence["daysLeft"]);
        Assert.Equal(leaf.Subject, finding.Evidence["subject"]);
        Assert.Equal(Pki.Intermediate.Subject, finding.Evidence["issuer"]);
        Assert.Equal("2030-05-31T09:00:00Z", finding.Evidence["notBefore"]);
        Assert.Equal("2031-06-01T09:00:00Z", finding.Evidence["notAfter"]);
        Assert.Equal(leaf.SerialNumber, finding.Evidence["serial"]);
        Assert.Equal(leaf.GetCertHashString(HashAlgorithmName.SHA256), finding.Evidence["thumbprint"]);
        Assert.Equal(64, finding.Evidence["thumbprint"].Length);
        Assert.Equal("file", finding.Evidence["source"]);
        Assert.Empty(finding.ErrorCodes);
    }

    [Theory]
    [InlineData(31, CheckStatus.Pass)]
    [InlineData(30, CheckStatus.Warn)]
    [InlineData(8, CheckStatus.Warn)]
    [InlineData(7, CheckStatus.Fail)]
    [InlineData(1, CheckStatus.Fail)]
    public async Task Run_DaysLeftAgainstDefaultThresholds_WarnsAtThirtyFailsAtSeven(int daysLeft, CheckStatus expected)
    {
        var leaf = Pki.Leaf();
        var at = leaf.NotAfter.ToUniversalTime() - TimeSpan.FromDays(daysLeft);

        var finding = await RunAt(new DateTimeOffset(at, TimeSpan.Zero), leaf);

        Assert.Equal(expected, finding.Status);
        Assert.Equal(daysLeft.ToString(CultureInfo.InvariantCulture), finding.Evidence["daysLeft"]);
        Assert.Equal(expected == CheckStatus.Fail ? ["13801", "810"] : [], finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_ClockAdvancesPastTheWarnLine_TheSameCertificateTurnsToWarning()
    {
        var leaf = Pki.Leaf(new LeafSpec { NotAfter = TimeSpan.FromDays(40) });
        var time = new FakeTimeProvider(Now);
        var target = CertificateTestRun.ForFile(leaf);

        var before = await CertificateTestRun.RunAsync(new CertificateExpiryCheck(), target, time);
        time.Advance(TimeSpan.FromDays(11));
        var after = await CertificateTestRun.RunAsync(new CertificateExpiryCheck(), target, time);

        Assert.Equal(CheckStatus.Pass, before.Status);
        Assert.Equal(CheckStatus.Warn, after.Status);
        Assert.Contains("29", after.Summary.En, StringComparison.Ordinal);
        Assert.Contains("29", after.Summary.Ja, StringComparison.Ordinal);
        Assert.NotEmpty(after.Remediation);
    }

    [Fact]
    public async Task Run_CustomThresholds_AreHonoured()
    {
        var leaf = Pki.Leaf(new LeafSpec { NotAfter = TimeSpan.FromDays(50) });
        var thresholds = new CheckThresholds { CertificateWarnDays = 60, CertificateFailDays = 55 };

        var finding = await CertificateTestRun.RunAsync(new CertificateExpiryCheck(), CertificateTestRun.ForFile(leaf, thresholds: thresholds), new FakeTimeProvider(Now));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("55", finding.Evidence["failDays"]);
    }

    [Fact]
    public async Task Run_Expired_FailsWithDaysAgoAndRenewalSteps()
    {
        var leaf = Pki.Leaf(new LeafSpec { NotBefore = TimeSpan.FromDays(-400), NotAfter = TimeSpan.FromDays(-3) });

        var finding = await RunAt(Now, leaf);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("-3", finding.Evidence["daysLeft"]);
        Assert.Contains("expired on 2030-05-29, 3 days ago", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("有効期限", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal(["13801", "810"], finding.ErrorCodes);
        Assert.Contains(finding.Remediation, step => step.En.Contains("SSL Certificate Binding", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.Ja.Contains("ルーティングとリモート アクセス", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_NotYetValid_FailsPointingAtTheClock()
    {
        var leaf = Pki.Leaf(new LeafSpec { NotBefore = TimeSpan.FromDays(2), NotAfter = TimeSpan.FromDays(300) });

        var finding = await RunAt(Now, leaf);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("not valid before 2030-06-03T09:00:00Z", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("w32tm", StringComparison.Ordinal));
    }

    private static Task<Finding> RunAt(DateTimeOffset now, System.Security.Cryptography.X509Certificates.X509Certificate2 leaf) =>
        CertificateTestRun.RunAsync(new CertificateExpiryCheck(), CertificateTestRun.ForFile(leaf), new FakeTimeProvider(now));
}
