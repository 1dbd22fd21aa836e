using VpnBot.Windows.Certificates;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.Certificates;

public sealed class MachineCertificateChoiceTests
{
    private static readonly DateTimeOffset Now = Targets.RecordedAt;

    [Fact]
    public void Choose_ValidAndExpiredForTheName_TakesTheValidOne()
    {
        using var expired = TestCertificates.Server(Now.AddYears(-2), Now.AddDays(-3), [Targets.Fqdn]);
        using var valid = TestCertificates.Server(Now.AddMonths(-6), Now.AddMonths(6), [Targets.Fqdn]);

        var choice = MachineCertificateChoice.Choose([expired, valid], Targets.Fqdn, Now);

        Assert.Same(valid, choice.Chosen);
        Assert.Equal(2, choice.Matching);
    }

    [Fact]
    public void Choose_TwoValid_TakesTheNewest()
    {
        using var older = TestCertificates.Server(Now.AddMonths(-10), Now.AddMonths(2), [Targets.Fqdn]);
        using var newer = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), [Targets.Fqdn]);

        Assert.Same(newer, MachineCertificateChoice.Choose([older, newer], Targets.Fqdn, Now).Chosen);
    }

    [Fact]
    public void Choose_OnlyExpired_TakesItSoCertExpirySaysSo()
    {
        using var expired = TestCertificates.Server(Now.AddYears(-2), Now.AddDays(-3), [Targets.Fqdn]);

        Assert.Same(expired, MachineCertificateChoice.Choose([expired], Targets.Fqdn, Now).Chosen);
    }

    [Fact]
    public void Choose_OthersNamesAndNoKey_ChoosesNoneAndCountsWhy()
    {
        using var other = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), ["vpn.example.net"]);
        using var withoutKey = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), [Targets.Fqdn], withPrivateKey: false);

        var choice = MachineCertificateChoice.Choose([other, withoutKey], Targets.Fqdn, Now);

        Assert.Null(choice.Chosen);
        Assert.Equal(2, choice.InStore);
        Assert.Equal(1, choice.Matching);
        Assert.Equal(1, choice.WithoutPrivateKey);
    }

    [Fact]
    public void Choose_WildcardSan_Matches()
    {
        using var wildcard = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), ["*.example.com"], commonName: "*.example.com");

        Assert.Same(wildcard, MachineCertificateChoice.Choose([wildcard], Targets.Fqdn, Now).Chosen);
    }

    [Fact]
    public void Choose_CommonNameOnly_MatchesWhenThereAreNoSans()
    {
        using var cnOnly = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), dnsNames: null);

        Assert.Same(cnOnly, MachineCertificateChoice.Choose([cnOnly], Targets.Fqdn, Now).Chosen);
    }

    [Fact]
    public void Choose_SansForOtherNamesButMatchingCommonName_DoesNotMatch()
    {
        // RFC 6125 §6.4.4: with DNS SANs present the CN is not consulted, as cert.name judges it.
        using var certificate = TestCertificates.Server(Now.AddDays(-5), Now.AddYears(1), ["vpn.example.net"], commonName: Targets.Fqdn);

        Assert.Null(MachineCertificateChoice.Choose([certificate], Targets.Fqdn, Now).Chosen);
    }
}
