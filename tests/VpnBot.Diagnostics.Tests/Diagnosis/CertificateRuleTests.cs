using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Certificates;
using VpnBot.Diagnostics.Findings;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

public sealed class CertificateRuleTests
{
    private const string Endpoint = Fqdn + ":443";

    [Fact]
    public void NameMismatch_EveryTunnelOffered_Explains13801First()
    {
        var finding = Fail(CheckIds.CertName, Endpoint, ("subject", "CN=gw.internal.example"), ("dialled", Fqdn));

        var cause = Assert.Single(new CertificateNameRule().Evaluate(Run(finding)));

        Assert.Equal(CertificateNameRule.Id, cause.Id);
        Assert.Equal(["13801", "835", "0x800B010F"], cause.ErrorCodes);
        Assert.Contains("CN=gw.internal.example", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(Fqdn, cause.Remediation[0].Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void NameMismatch_IkeV2Only_LeavesOutTheL2tpAndSstpCodes()
    {
        var cause = Assert.Single(new CertificateNameRule().Evaluate(Run(VpnProtocols.Ikev2, Fail(CheckIds.CertName, Endpoint))));

        Assert.Equal(["13801"], cause.ErrorCodes);
        Assert.Contains(Endpoint, cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void NameMismatch_NamePasses_IsNotACause()
    {
        Assert.Empty(new CertificateNameRule().Evaluate(Run(Pass(CheckIds.CertName, Endpoint))));
    }

    [Fact]
    public void Expiry_Failed_Explains13801And810()
    {
        var cause = Assert.Single(new CertificateExpiryRule().Evaluate(Run(Fail(CheckIds.CertExpiry, Endpoint, ("daysLeft", "-3")))));

        Assert.Equal(CertificateExpiryRule.ExpiredId, cause.Id);
        Assert.Equal(["13801", "810", "0x800B0101"], cause.ErrorCodes);
    }

    [Fact]
    public void Expiry_Warning_IsALowRankedExpiringCause()
    {
        var expired = new CertificateExpiryRule().Evaluate(Run(Fail(CheckIds.CertExpiry, Endpoint))).Single();
        var expiring = new CertificateExpiryRule().Evaluate(Run(Finding(CheckIds.CertExpiry, CheckStatus.Warn, Endpoint, ("daysLeft", "21")))).Single();

        Assert.Equal(CertificateExpiryRule.ExpiringId, expiring.Id);
        Assert.True(expiring.Score < 40);
        Assert.True(expired.Score > expiring.Score);
    }

    [Fact]
    public void Expiry_Passes_IsNotACause()
    {
        Assert.Empty(new CertificateExpiryRule().Evaluate(Run(Pass(CheckIds.CertExpiry, Endpoint))));
    }

    [Fact]
    public void Chain_Untrusted_ExplainsUntrustedRootAnd13801()
    {
        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(Fail(CheckIds.CertChain, Endpoint))));

        Assert.Equal(["0x800B0109", "13801", "787"], cause.ErrorCodes);
    }

    [Fact]
    public void Chain_Trusted_IsNotACause()
    {
        Assert.Empty(new CertificateChainRule().Evaluate(Run(Pass(CheckIds.CertChain, Endpoint))));
    }

    [Fact]
    public void Eku_ServerAuthenticationMissing_Explains0x80070040And13801()
    {
        var cause = Assert.Single(new CertificateEkuRule().Evaluate(Run(Fail(CheckIds.CertEku, Endpoint, ("eku", "Client Authentication")))));

        Assert.Equal(["0x80070040", "13801"], cause.ErrorCodes);
    }

    [Fact]
    public void Eku_OnlyTheRecommendedIkeEkuMissing_IsNotACause()
    {
        Assert.Empty(new CertificateEkuRule().Evaluate(Run(Finding(CheckIds.CertEku, CheckStatus.Warn, Endpoint))));
    }

    [Fact]
    public void Revocation_Unreachable_ExplainsRevocationOfflineAndMattersMoreWithSstp()
    {
        var finding = Fail(CheckIds.CertRevocation, Endpoint);

        var withSstp = new CertificateRevocationRule().Evaluate(Run(finding)).Single();
        var withoutSstp = new CertificateRevocationRule().Evaluate(Run(VpnProtocols.Ikev2, finding)).Single();

        Assert.Equal(CertificateRevocationRule.OfflineId, withSstp.Id);
        Assert.Equal(["0x80092013"], withSstp.ErrorCodes);
        Assert.True(withSstp.Score > withoutSstp.Score);
    }

    [Fact]
    public void Revocation_CertificateRevoked_IsItsOwnCause()
    {
        var cause = Assert.Single(new CertificateRevocationRule().Evaluate(Run(Fail(CheckIds.CertRevocation, Endpoint).WithCodes("0x80092010"))));

        Assert.Equal(CertificateRevocationRule.RevokedId, cause.Id);
        Assert.Equal(["0x80092010", "13801"], cause.ErrorCodes);
    }

    [Fact]
    public void Revocation_Reachable_IsNotACause()
    {
        Assert.Empty(new CertificateRevocationRule().Evaluate(Run(Pass(CheckIds.CertRevocation, Endpoint))));
    }
}
