using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Vantages;
using VpnBot.Diagnostics.Vantages.Rules;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;
using static VpnBot.Diagnostics.Tests.Vantages.VantageMake;

namespace VpnBot.Diagnostics.Tests.Vantages;

/// <summary>One site's DNS against the others'.</summary>
public sealed class SiteDisagreesRuleTests
{
    private const string OldAddress = "10.0.0.4";
    private const string Zone = "example.com";

    [Fact]
    public void Disagrees_OneSiteGivesAnOldAddress_NamesThatSiteAndExplains809()
    {
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)),
            At(Osaka, Resolve(OsakaDns, "NOERROR", OldAddress)),
            At(Nagoya, Resolve("system", "NOERROR", InternalAddress)));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Equal(SiteDisagreesRule.DisagreesId, cause.Id);
        Assert.Equal(["809"], cause.ErrorCodes);
        Assert.Contains("At osaka, the DNS servers (10.1.0.10:53) give 10.0.0.4", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("while at tokyo, nagoya it resolves to 10.0.0.5", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("osaka", cause.Remediation[0].Ja, StringComparison.Ordinal);
        Assert.Equal(62 + 12, cause.Score);
    }

    [Fact]
    public void Disagrees_StaleSitesOwnReading_IsReplacedThereOnly()
    {
        var expected = ("expected", InternalAddress);
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)),
            At(Nagoya, Resolve(Secondary, "NOERROR", InternalAddress)),
            At(Osaka, Finding(CheckIds.DnsResolve, CheckStatus.Fail, OsakaDns, ("rcode", "NOERROR"), ("addresses", OldAddress), expected, ("notReturned", InternalAddress))));

        var found = Assert.Single(new SiteDisagreesRule().Evaluate(input));

        Assert.Equal([new ReplacedCause(Osaka, "dns.wrong-address"), new ReplacedCause(Osaka, "dns.name-missing")], found.Replaces);
    }

    [Fact]
    public void Disagrees_NoSiteKnownCurrent_ReplacesNothing()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "NOERROR", OldAddress)));

        Assert.Empty(Assert.Single(new SiteDisagreesRule().Evaluate(input)).Replaces);
    }

    [Fact]
    public void Disagrees_OneSiteDeniesTheName_IsTheStrong868ForThatSite()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "NXDOMAIN")));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Contains("At osaka, the DNS servers (10.1.0.10:53) say vpn.example.com does not exist, while at tokyo it resolves to 10.0.0.5", cause.Explanation.En, StringComparison.Ordinal);
        Assert.True(cause.Score >= 72);
    }

    [Fact]
    public void Disagrees_TheNewestSerialDecides_EvenAgainstTheMajority()
    {
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", OldAddress), Serials(Zone, (Primary, "2026112598"))),
            At(Nagoya, Resolve(Secondary, "NOERROR", OldAddress), Serials(Zone, (Secondary, "2026112598"))),
            At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress), Serials(Zone, (OsakaDns, "2026112601"), ("10.1.0.11:53", "none"))));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Contains("At tokyo, nagoya", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("while at osaka it resolves to 10.0.0.5", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("Zone example.com is at serial 2026112598 at tokyo, nagoya and at 2026112601 at osaka.", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("ゾーン example.com のシリアルは tokyo, nagoya で 2026112598、osaka で 2026112601 です。", cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains(CheckIds.DnsConsistency, cause.Checks);
    }

    [Fact]
    public void Disagrees_TwoSitesNothingTellsWhichIsCurrent_NamesBothSideBySide()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "NOERROR", OldAddress)));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Equal(45 + 12, cause.Score);
        Assert.Contains("(tokyo: 10.0.0.5; osaka: 10.0.0.4)", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("tokyo, osaka", cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Behind_SameAnswerOlderSerial_IsLatentWithoutErrorCodes()
    {
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress), Serials(Zone, (Primary, "2026112601"), (Secondary, "2026112601"))),
            At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress), Serials(Zone, (OsakaDns, "2026112590"))));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Equal(SiteDisagreesRule.BehindId, cause.Id);
        Assert.Empty(cause.ErrorCodes);
        Assert.Equal(25 + 12, cause.Score);
        Assert.Contains("At osaka, zone example.com is at serial 2026112590 while tokyo has 2026112601", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Behind_SerialsThatWrapAround_CompareBySerialArithmetic()
    {
        // RFC 1982: 5 is newer than 4294967290.
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress), Serials(Zone, (Primary, "5"))),
            At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress), Serials(Zone, (OsakaDns, "4294967290"))));

        var cause = Assert.Single(new SiteDisagreesRule().Evaluate(input)).Cause;

        Assert.Contains("At osaka", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void SitesAgree_NoCause()
    {
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress), Serials(Zone, (Primary, "2026112601"))),
            At(TokyoDmz, Resolve(Primary, "NOERROR", InternalAddress)),
            At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress), Serials(Zone, (OsakaDns, "2026112601"))));

        Assert.Empty(new SiteDisagreesRule().Evaluate(input));
    }

    [Fact]
    public void OneSite_TwoVantagePointsDisagree_IsNotThisRule()
    {
        // Inside one site, servers that disagree are dns.consistency's to judge.
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(TokyoDmz, Resolve(Secondary, "NOERROR", OldAddress)));

        Assert.Empty(new SiteDisagreesRule().Evaluate(input));
    }

    [Fact]
    public void OutsideVantagePoint_IsNotASite()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, Resolve("system", "NOERROR", PublicAddress)));

        Assert.Empty(new SiteDisagreesRule().Evaluate(input));
    }

    [Fact]
    public void SiteThatOnlyTimedOut_IsNotCompared()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "timeout")), At(Nagoya, VantageMake.Silent(Nagoya)));

        Assert.Empty(new SiteDisagreesRule().Evaluate(input));
    }
}
