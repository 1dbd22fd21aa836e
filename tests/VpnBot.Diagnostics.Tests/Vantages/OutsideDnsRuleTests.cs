using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Vantages;
using VpnBot.Diagnostics.Vantages.Rules;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;
using static VpnBot.Diagnostics.Tests.Vantages.VantageMake;

namespace VpnBot.Diagnostics.Tests.Vantages;

/// <summary>What the internet sees of the name against what the inside sees.</summary>
public sealed class OutsideDnsRuleTests
{
    private static Finding Leak(string resolver = PublicResolver) =>
        Fail(CheckIds.DnsSplitHorizon, resolver, ("server", resolver), ("rcode", "NOERROR"), ("addresses", InternalAddress), ("private", InternalAddress));

    [Fact]
    public void OutsideLeak_OutsideResolverGivesPrivateAddress_Explains809And868FromWhereUsersAre()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", PublicAddress)), At(Home, Leak()));

        var cause = Assert.Single(new OutsideLeakRule().Evaluate(input)).Cause;

        Assert.Equal("dns.split-horizon-leak", cause.Id);
        Assert.Equal(["809", "868"], cause.ErrorCodes);
        Assert.Equal([CheckIds.DnsSplitHorizon], cause.Checks);
        Assert.Contains("home-probe (internet, outside)", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(PublicResolver, cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains(InternalAddress, cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(Fqdn, cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideLeak_OwnResolverGivesPrivateAddressWithoutNamingIt_ClassifiesTheAddress()
    {
        var input = Together(At(Home, Resolve("system", "NOERROR", "172.16.4.20")));

        var cause = Assert.Single(new OutsideLeakRule().Evaluate(input)).Cause;

        Assert.Equal([CheckIds.DnsResolve], cause.Checks);
        Assert.Contains("172.16.4.20", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("the operating system's resolver", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("system,", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideLeak_InsideGetsTheSameAddress_SaysTheInternalRecordLeaksAndScoresHigher()
    {
        var alone = Assert.Single(new OutsideLeakRule().Evaluate(Together(At(Home, Leak())))).Cause;
        var both = Assert.Single(new OutsideLeakRule().Evaluate(Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, Leak())))).Cause;

        Assert.True(both.Score > alone.Score);
        Assert.Equal([CheckIds.DnsSplitHorizon, CheckIds.DnsResolve], both.Checks);
        Assert.Contains("Inside, host (tokyo, inside) gets the same address (10.0.0.5)", both.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("社内の host(tokyo、社内) も同じアドレス(10.0.0.5)", both.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideLeak_OutsideProbesDialledTheLeakedAddress_TakesTheirSilenceAndReplacesTheirReadings()
    {
        var input = Together(
            At(Host, [.. Ike(ProbeOutcome.Answered)]),
            At(Home, Leak(), ProbeTo(CheckIds.IkeV2, ProbeOutcome.NoAnswer, InternalAddress), ProbeTo(CheckIds.IkeNatT, ProbeOutcome.NoAnswer, InternalAddress)));

        var found = Assert.Single(new OutsideLeakRule().Evaluate(input));

        Assert.Contains("The probes of home-probe (internet, outside) dialled 10.0.0.5 and got no answer", found.Cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(new ReplacedCause(Home, "path.ike-blocked"), found.Replaces);
        Assert.Contains(new ReplacedCause(Home, "server.unreachable"), found.Replaces);
        Assert.DoesNotContain(found.Replaces, r => r.Point == Host);
    }

    [Fact]
    public void OutsideLeak_OutsideProbesDialledThePublicAddress_ReplacesNothing()
    {
        var input = Together(At(Home, Leak(), ProbeTo(CheckIds.IkeV2, ProbeOutcome.NoAnswer, PublicAddress)));

        Assert.Empty(Assert.Single(new OutsideLeakRule().Evaluate(input)).Replaces);
    }

    [Fact]
    public void OutsideLeak_OutsideGetsThePublicAddress_IsNotALeak()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, External("NOERROR", PublicAddress), Resolve("system", "NOERROR", PublicAddress)));

        Assert.Empty(new OutsideLeakRule().Evaluate(input));
    }

    [Fact]
    public void OutsideLeak_PrivateAddressSeenOnlyFromInside_IsLeftToTheVantagePointsOwnRule()
    {
        // The host's own dns.split-horizon asks public resolvers from inside: SplitHorizonLeakRule's business.
        var input = Together(At(Host, Leak()), At(Home, VantageMake.Silent(Home)));

        Assert.Empty(new OutsideLeakRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_InsideResolvesOutsideNxdomain_Explains868ForRemoteUsersOnly()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, External("NXDOMAIN")));

        var cause = Assert.Single(new OutsideNameMissingRule().Evaluate(input)).Cause;

        Assert.Equal("dns.public-record-missing", cause.Id);
        Assert.Equal(["868"], cause.ErrorCodes);
        Assert.Equal([CheckIds.DnsSplitHorizon, CheckIds.DnsResolve], cause.Checks);
        Assert.Contains("home-probe (internet, outside)", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("inside host (tokyo, inside) resolve it to 10.0.0.5", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("社内の host(tokyo、社内) では 10.0.0.5 に名前解決できます", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicMissing_OutsideGetsNoAddressWithoutNxdomain_CountsAsMissing()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, Resolve("system", "NOERROR")));

        Assert.Single(new OutsideNameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_InsideNxdomainToo_IsNotThisCause()
    {
        var input = Together(At(Host, Resolve(Primary, "NXDOMAIN"), Resolve(Secondary, "NXDOMAIN")), At(Home, External("NXDOMAIN")));

        Assert.Empty(new OutsideNameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_AnotherOutsideResolverHasTheAddress_IsNotThisCause()
    {
        var input = Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)),
            At(Home, External("NXDOMAIN")),
            At(Mobile, External("NOERROR", PublicAddress)));

        Assert.Empty(new OutsideNameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_OutsideOnlyTimesOut_IsNotThisCause()
    {
        var input = Together(At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, External("timeout"), Resolve("system", "SERVFAIL")));

        Assert.Empty(new OutsideNameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_NoInsideVantagePointResolved_IsNotThisCause()
    {
        var input = Together(At(Host, Resolve(Primary, "timeout")), At(Home, External("NXDOMAIN")));

        Assert.Empty(new OutsideNameMissingRule().Evaluate(input));
    }

    [Fact]
    public void PublicMissing_TwoInsideSitesHaveTheAddress_OutranksOne()
    {
        var one = Assert.Single(new OutsideNameMissingRule().Evaluate(Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Home, External("NXDOMAIN"))))).Cause;
        var two = Assert.Single(new OutsideNameMissingRule().Evaluate(Together(
            At(Host, Resolve(Primary, "NOERROR", InternalAddress)), At(Osaka, Resolve(OsakaDns, "NOERROR", InternalAddress)), At(Home, External("NXDOMAIN"))))).Cause;

        Assert.True(two.Score > one.Score);
    }
}
