using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Certificates.Chain;
using VpnBot.Diagnostics.Certificates.Eku;
using VpnBot.Diagnostics.Certificates.Expiry;
using VpnBot.Diagnostics.Diagnosis;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Certificates;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Tests.Certificates;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

/// <summary>
/// The certificate rules over synthetic findings, and over what the real checks report for real
/// certificates: a cause must explain the codes its finding carries.
/// </summary>
public sealed class CertificateRuleTests
{
    private const string Endpoint = Fqdn + ":443";
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TestPki ChainPki = TestPki.Create(Now);

    public enum EkuCase
    {
        ClientAuthenticationOnly,
        KeyUsageWithoutDigitalSignature,
        Both,
        IkeIntermediateMissingAndNoDigitalSignature,
        UnreadableEku,
    }

    public enum ChainCase
    {
        UntrustedRoot,
        SelfSigned,
        IntermediateNotSent,
        IssuingCaExpired,
        ForgedSignature,
    }

    public static TheoryData<string> CertificateCauseIds => [.. RuleScenarios.ByCause.Keys.Where(id => id.StartsWith("cert.", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(CertificateCauseIds))]
    public void Cause_SubjectOnlyInCertExpiry_NamesTheCertificateNotTheEndpoint(string id)
    {
        const string subject = "CN=vpn.example.com, O=Example Corp";
        Finding[] findings = [.. RuleScenarios.ByCause[id], Finding(CheckIds.CertExpiry, CheckStatus.Pass, Endpoint, ("subject", subject))];

        var cause = Assert.Single(Diagnoser().Diagnose(Run(findings)), c => c.Id == id);

        Assert.Contains($"({subject})", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($"({subject})", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cause_RealChecksOfOneCertificate_NameItBySubject()
    {
        var leaf = ChainPki.Leaf(new LeafSpec { Ekus = [TestPki.ClientAuth] });
        var target = CertificateTestRun.ForFile(leaf, [ChainPki.Intermediate], [ChainPki.Root]);
        var eku = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), target, new FakeTimeProvider(Now));
        var expiry = await CertificateTestRun.RunAsync(new CertificateExpiryCheck(), target, new FakeTimeProvider(Now));
        Assert.False(eku.Evidence.ContainsKey("subject"));

        var cause = Assert.Single(new CertificateEkuRule().Evaluate(new DiagnosisInput(target, [eku, expiry])));

        Assert.Contains($"({leaf.Subject})", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("server.pem", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cause_ChainFindingAlone_NamesTheCertificateByTheChainLeaf()
    {
        var leaf = ChainPki.Leaf();
        var finding = await CertificateTestRun.RunAsync(new CertificateChainCheck(() => []), CertificateTestRun.ForFile(leaf, [], [ChainPki.Root]), new FakeTimeProvider(Now));

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(finding)));

        Assert.Contains($"({leaf.Subject})", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Cause_OnlyTheCommonNameKnown_NamesItAsCn()
    {
        var name = Fail(CheckIds.CertName, Endpoint, ("cn", "gw.internal.example"), ("dialled", Fqdn));

        var cause = Assert.Single(new CertificateNameRule().Evaluate(Run(name)));

        Assert.Contains("(CN=gw.internal.example)", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Cause_NothingNamesTheCertificate_SaysWhereItCameFromNotThatItIsItsName()
    {
        var cause = Assert.Single(new CertificateRevocationRule().Evaluate(Run(Fail(CheckIds.CertRevocation, Endpoint), Finding(CheckIds.CertName, CheckStatus.Pass, Endpoint, ("cn", "(none)")))));

        Assert.Contains($"(subject not recorded, from {Endpoint})", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains($"サブジェクト不明、{Endpoint} から取得", cause.Explanation.Ja, StringComparison.Ordinal);
    }

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

    [Theory]
    [InlineData(ChainCase.UntrustedRoot, CertificateChainRule.UntrustedRootId)]
    [InlineData(ChainCase.SelfSigned, CertificateChainRule.UntrustedRootId)]
    [InlineData(ChainCase.IntermediateNotSent, CertificateChainRule.IncompleteId)]
    [InlineData(ChainCase.IssuingCaExpired, CertificateChainRule.IssuerExpiredId)]
    [InlineData(ChainCase.ForgedSignature, CertificateChainRule.BadSignatureId)]
    public async Task Chain_WhatTheCheckFinds_IsItsOwnCauseExplainingTheCheckCodes(ChainCase chainCase, string causeId)
    {
        var finding = await ChainFinding(chainCase);

        var causes = new CertificateChainRule().Evaluate(Run(finding)).ToList();

        Assert.Equal(causeId, causes[0].Id);
        Assert.Equal(finding.ErrorCodes.Order(), causes.SelectMany(c => c.ErrorCodes).Distinct().Order());
    }

    [Fact]
    public async Task Chain_BadSignatureUnderATrustedRoot_DoesNotBlameTheRoot()
    {
        var finding = await ChainFinding(ChainCase.ForgedSignature);

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(finding)));

        Assert.Equal(["13801"], cause.ErrorCodes);
        Assert.Contains("does not verify", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("trusted root", cause.Explanation.En, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chain_IntermediateNotSent_NamesTheMissingIssuerAndTheIntermediateFix()
    {
        var finding = await ChainFinding(ChainCase.IntermediateNotSent);

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(finding)));

        Assert.Equal(["0x800B010A", "0x800B0109", "13801", "864"], cause.ErrorCodes);
        Assert.Contains(ChainPki.Intermediate.Subject, cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(ChainPki.Intermediate.Subject, cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains("Intermediate Certification Authorities", cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_IssuingCaExpired_SaysWhenAndExplains810NotTrust()
    {
        var finding = await ChainFinding(ChainCase.IssuingCaExpired);

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(finding)));

        Assert.Equal(["13801", "810"], cause.ErrorCodes);
        Assert.Contains("2030-05-22", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("trusted root", cause.Explanation.En, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chain_UntrustedRootWithL2tpOffered_Explains864LikeTheCheckNot787()
    {
        var finding = await ChainFinding(ChainCase.UntrustedRoot);

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(VpnProtocols.L2tp, finding)));

        Assert.Equal(["0x800B0109", "13801", "864"], cause.ErrorCodes);
        Assert.Contains(ChainPki.Root.Subject, cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_SelfSigned_SaysSoAndPutsReplacingItFirst()
    {
        var finding = await ChainFinding(ChainCase.SelfSigned);

        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(finding)));

        Assert.Contains("self-signed", cause.Title.En, StringComparison.Ordinal);
        Assert.Contains("自己署名", cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains("Replace the self-signed certificate", cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_FailureNamingNoProblem_IsTheGenericChainCause()
    {
        var cause = Assert.Single(new CertificateChainRule().Evaluate(Run(Fail(CheckIds.CertChain, Endpoint))));

        Assert.Equal(CertificateChainRule.InvalidId, cause.Id);
        Assert.Equal(["13801"], cause.ErrorCodes);
    }

    [Fact]
    public void Chain_TwoProblems_AreTwoCauses()
    {
        var finding = Fail(CheckIds.CertChain, Endpoint, ("problems", "partial-chain,issuer-expired"), ("missingIssuer", "CN=Gone CA"));

        var causes = new CertificateChainRule().Evaluate(Run(finding)).ToList();

        Assert.Equal([CertificateChainRule.IncompleteId, CertificateChainRule.IssuerExpiredId], causes.Select(c => c.Id));
        Assert.DoesNotContain("valid until", causes[1].Explanation.En, StringComparison.Ordinal);
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

    [Theory]
    [InlineData(EkuCase.ClientAuthenticationOnly, new[] { CertificateEkuRule.Id })]
    [InlineData(EkuCase.KeyUsageWithoutDigitalSignature, new[] { CertificateEkuRule.KeyUsageId })]
    [InlineData(EkuCase.Both, new[] { CertificateEkuRule.Id, CertificateEkuRule.KeyUsageId })]
    [InlineData(EkuCase.IkeIntermediateMissingAndNoDigitalSignature, new[] { CertificateEkuRule.KeyUsageId })]
    [InlineData(EkuCase.UnreadableEku, new[] { CertificateEkuRule.UnreadableId })]
    public async Task Eku_WhatTheCheckFinds_IsItsOwnCauseExplainingTheCheckCodes(EkuCase ekuCase, string[] causeIds)
    {
        var finding = await EkuFinding(ekuCase);

        var causes = new CertificateEkuRule().Evaluate(Run(finding)).ToList();

        Assert.Equal(causeIds, causes.Select(c => c.Id));
        Assert.Equal(finding.ErrorCodes.Order(), causes.SelectMany(c => c.ErrorCodes).Distinct().Order());
    }

    [Fact]
    public async Task Eku_KeyUsageWithoutDigitalSignature_SaysSoNotThatServerAuthenticationIsMissing()
    {
        var finding = await EkuFinding(EkuCase.KeyUsageWithoutDigitalSignature);

        var cause = Assert.Single(new CertificateEkuRule().Evaluate(Run(finding)));

        Assert.Equal(["13806", "13801"], cause.ErrorCodes);
        Assert.Contains("KeyEncipherment", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("Digital Signature", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Server Authentication", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("デジタル署名", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eku_ExtensionThatDoesNotDecode_IsNotCalledAMissingEku()
    {
        var finding = await EkuFinding(EkuCase.UnreadableEku);

        var cause = Assert.Single(new CertificateEkuRule().Evaluate(Run(finding)));

        Assert.Equal(["13801"], cause.ErrorCodes);
        Assert.Contains("does not decode", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Eku_ServerAuthenticationPrefixOfAnotherPurpose_StillCountsAsMissing()
    {
        var finding = Fail(CheckIds.CertEku, Endpoint, ("eku", "1.3.6.1.5.5.7.3.17"), ("keyUsage", "DigitalSignature"));

        Assert.Equal(CertificateEkuRule.Id, Assert.Single(new CertificateEkuRule().Evaluate(Run(finding))).Id);
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

    /// <summary>What cert.chain reports, with no system root trusted, for a certificate with the given defect.</summary>
    private static async Task<Finding> ChainFinding(ChainCase chainCase)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var (leaf, sent, ca) = chainCase switch
        {
            ChainCase.UntrustedRoot => (ChainPki.Leaf(), new[] { ChainPki.Intermediate, ChainPki.Root }, Array.Empty<X509Certificate2>()),
            ChainCase.SelfSigned => (new CertificateRequest($"CN={TestPki.Fqdn}", key, HashAlgorithmName.SHA256).CreateSelfSigned(Now.AddDays(-1), Now.AddDays(90)), [], []),
            ChainCase.IntermediateNotSent => (ChainPki.Leaf(), [], [ChainPki.Root]),
            ChainCase.IssuingCaExpired => IssuedByExpiredCa(),
            _ => (ChainPki.Leaf(new LeafSpec { ForgedBy = key }), [ChainPki.Intermediate], [ChainPki.Root]),
        };

        var finding = await CertificateTestRun.RunAsync(new CertificateChainCheck(() => []), CertificateTestRun.ForFile(leaf, sent, ca), new FakeTimeProvider(Now));
        Assert.Equal(CheckStatus.Fail, finding.Status);
        return finding;

        static (X509Certificate2, X509Certificate2[], X509Certificate2[]) IssuedByExpiredCa()
        {
            var expired = TestPki.Ca("CN=VpnBot Test Issuing CA 2019", ChainPki.Root, Now.AddYears(-3), Now.AddDays(-10));
            return (ChainPki.Leaf(new LeafSpec(), expired), [expired], [ChainPki.Root]);
        }
    }

    /// <summary>What cert.eku reports for a certificate with the given defect (every protocol offered).</summary>
    private static async Task<Finding> EkuFinding(EkuCase ekuCase)
    {
        var leaf = ekuCase switch
        {
            EkuCase.ClientAuthenticationOnly => ChainPki.Leaf(new LeafSpec { Ekus = [TestPki.ClientAuth] }),
            EkuCase.KeyUsageWithoutDigitalSignature => ChainPki.Leaf(new LeafSpec { KeyUsage = X509KeyUsageFlags.KeyEncipherment }),
            EkuCase.Both => ChainPki.Leaf(new LeafSpec { Ekus = [TestPki.ClientAuth], KeyUsage = X509KeyUsageFlags.KeyEncipherment }),
            EkuCase.IkeIntermediateMissingAndNoDigitalSignature => ChainPki.Leaf(new LeafSpec { Ekus = [TestPki.ServerAuth], KeyUsage = X509KeyUsageFlags.KeyEncipherment }),
            _ => WithUndecodableEku(),
        };

        var finding = await CertificateTestRun.RunAsync(new CertificateEkuCheck(), CertificateTestRun.ForFile(leaf), new FakeTimeProvider(Now));
        Assert.Equal(CheckStatus.Fail, finding.Status);
        return finding;

        static X509Certificate2 WithUndecodableEku()
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest($"CN={TestPki.Fqdn}", key, HashAlgorithmName.SHA256);
            // An OCTET STRING where the EKU's SEQUENCE OF OID belongs (RFC 5280 §4.2.1.12).
            request.CertificateExtensions.Add(new X509Extension("2.5.29.37", [0x04, 0x01, 0xFF], false));
            return request.CreateSelfSigned(Now.AddDays(-1), Now.AddDays(90));
        }
    }
}
