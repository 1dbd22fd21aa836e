using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Vantages;
using VpnBot.Diagnostics.Vantages.Rules;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;
using static VpnBot.Diagnostics.Tests.Vantages.VantageMake;

namespace VpnBot.Diagnostics.Tests.Vantages;

/// <summary>A protocol the server answers inside and that fails from the internet: the edge, not the server.</summary>
public sealed class EdgeBlockedRuleTests
{
    [Fact]
    public void Ike_AnsweredInsideSilentOutside_BlamesTheEdgeAndReplacesTheServerReadings()
    {
        var input = Together(At(Host, Ike(ProbeOutcome.Answered)), At(Home, Ike(ProbeOutcome.NoAnswer)));

        var found = Assert.Single(new EdgeBlockedRule().Evaluate(input));

        var cause = found.Cause;
        Assert.Equal(EdgeBlockedRule.IkeId, cause.Id);
        Assert.Equal(["809", "13805", "792"], cause.ErrorCodes);
        Assert.Equal([CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT], cause.Checks);
        Assert.Equal([CheckIds.FirewallRules, CheckIds.NatForwarding], cause.ConfirmWith);
        Assert.Contains("drops UDP 500 and 4500", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("UDP 500 と 4500", cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains("(ike.v2, ike.v1, ike.nat-t: answered inside (host), no answer from the internet (home-probe))", cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("ike.v2, ike.v1, ike.nat-t:社内(host)では応答あり、インターネット(home-probe)からは応答なし", cause.Explanation.Ja, StringComparison.Ordinal);
        Assert.Contains(new ReplacedCause(Home, "path.ike-blocked"), found.Replaces);
        Assert.Contains(new ReplacedCause(Home, "server.unreachable"), found.Replaces);
        Assert.Contains(new ReplacedCause(Home, "path.udp500-blocked"), found.Replaces);
        Assert.Equal(100, cause.Score);
    }

    [Fact]
    public void Ike_DifferentOutcomesOrVantagePoints_DescribedApart()
    {
        var input = Together(
            At(Host, Ike(ProbeOutcome.Answered)),
            At(Osaka, Probe(CheckIds.IkeV2, ProbeOutcome.Answered)),
            At(Home, Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.Refused)));

        var cause = Assert.Single(new EdgeBlockedRule().Evaluate(input)).Cause;

        Assert.Contains(
            "(ike.v2: answered inside (host, osaka-dc), no answer from the internet (home-probe); ike.v1: answered inside (host), no answer from the internet (home-probe); ike.nat-t: answered inside (host), refused from the internet (home-probe))",
            cause.Explanation.En,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Ike_Only500DiffersNatTPassesOutside_NamesUdp500Only()
    {
        var input = Together(
            At(Host, Ike(ProbeOutcome.Answered)),
            At(Home, Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer), Probe(CheckIds.IkeNatT, ProbeOutcome.Answered)));

        var cause = Assert.Single(new EdgeBlockedRule().Evaluate(input)).Cause;

        Assert.Equal([CheckIds.IkeV2, CheckIds.IkeV1], cause.Checks);
        Assert.Contains("drops UDP 500 or", cause.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("4500", cause.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public void Ike_LivePolicyMismatchInsideCountsAsAnAnswer()
    {
        var input = Together(At(Host, Probe(CheckIds.IkeV2, ProbeOutcome.NoProposalChosen)), At(Home, Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer)));

        var cause = Assert.Single(new EdgeBlockedRule().Evaluate(input)).Cause;

        Assert.Equal(["809", "13805"], cause.ErrorCodes);
    }

    [Fact]
    public void Ike_SilentInsideToo_IsNotTheEdge()
    {
        var input = Together(At(Host, Ike(ProbeOutcome.NoAnswer)), At(Home, Ike(ProbeOutcome.NoAnswer)));

        Assert.Empty(new EdgeBlockedRule().Evaluate(input));
    }

    [Fact]
    public void Ike_OneInsideVantagePointSilent_IsNotACleanContrast()
    {
        var input = Together(At(Host, Ike(ProbeOutcome.Answered)), At(Osaka, Ike(ProbeOutcome.NoAnswer)), At(Home, Ike(ProbeOutcome.NoAnswer)));

        Assert.Empty(new EdgeBlockedRule().Evaluate(input));
    }

    [Fact]
    public void Ike_OutsideDialledAPrivateAddress_IsTheLeaksSilenceNotTheEdges()
    {
        var input = Together(
            At(Host, Ike(ProbeOutcome.Answered)),
            At(Home, ProbeTo(CheckIds.IkeV2, ProbeOutcome.NoAnswer, InternalAddress), ProbeTo(CheckIds.IkeNatT, ProbeOutcome.NoAnswer, InternalAddress)));

        Assert.Empty(new EdgeBlockedRule().Evaluate(input));
    }

    [Fact]
    public void Ike_OutsideSkippedOrSilentAgent_ProvesNothing()
    {
        var input = Together(
            At(Host, Ike(ProbeOutcome.Answered)),
            At(Home, Finding(CheckIds.IkeV2, CheckStatus.Skip, "vpn.example.com:500")),
            At(Mobile, VantageMake.Silent(Mobile)));

        Assert.Empty(new EdgeBlockedRule().Evaluate(input));
    }

    [Fact]
    public void Sstp_AnsweredInsideRefusedOutside_BlamesTheEdgeFor443()
    {
        var input = Together(At(Host, Probe(CheckIds.SstpListener, ProbeOutcome.Answered)), At(Home, Probe(CheckIds.SstpListener, ProbeOutcome.Refused)));

        var found = Assert.Single(new EdgeBlockedRule().Evaluate(input));

        Assert.Equal(EdgeBlockedRule.SstpId, found.Cause.Id);
        Assert.Equal(["800"], found.Cause.ErrorCodes);
        Assert.Equal("The edge blocks SSTP (TCP 443) from the internet", found.Cause.Title.En);
        Assert.Contains("drops TCP 443", found.Cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains(new ReplacedCause(Home, "sstp.listener-down"), found.Replaces);
    }

    [Fact]
    public void Sstp_SomethingElseAnswersOutside_SaysThePortLeadsToAnotherHost()
    {
        var input = Together(At(Host, Probe(CheckIds.SstpListener, ProbeOutcome.Answered)), At(Home, Probe(CheckIds.SstpListener, ProbeOutcome.Rejected)));

        var found = Assert.Single(new EdgeBlockedRule().Evaluate(input));

        Assert.Contains("something else answers on TCP 443", found.Cause.Explanation.En, StringComparison.Ordinal);
        Assert.Contains("reverse proxy rule", found.Cause.Remediation[0].En, StringComparison.Ordinal);
        Assert.Contains(new ReplacedCause(Home, "sstp.port-shadowed"), found.Replaces);
    }

    [Fact]
    public void Sstp_RejectedInsideToo_IsNotTheEdge()
    {
        var input = Together(At(Host, Probe(CheckIds.SstpListener, ProbeOutcome.Rejected)), At(Home, Probe(CheckIds.SstpListener, ProbeOutcome.Refused)));

        Assert.Empty(new EdgeBlockedRule().Evaluate(input));
    }

    [Fact]
    public void Pptp_AnsweredInsideSilentOutside_Explains619AndAsksForGreToo()
    {
        var input = Together(At(Host, Probe(CheckIds.PptpControl, ProbeOutcome.Answered)), At(Home, Probe(CheckIds.PptpControl, ProbeOutcome.NoAnswer)));

        var found = Assert.Single(new EdgeBlockedRule().Evaluate(input));

        Assert.Equal(EdgeBlockedRule.PptpId, found.Cause.Id);
        Assert.Equal(["619", "800"], found.Cause.ErrorCodes);
        Assert.Contains(found.Cause.Remediation, step => step.En.Contains("GRE (IP protocol 47)", StringComparison.Ordinal));
        Assert.Contains(new ReplacedCause(Home, "path.pptp-blocked"), found.Replaces);
    }

    [Fact]
    public void EveryProtocolContrasted_OneCauseEach()
    {
        var input = Together(
            At(Host, [.. Ike(ProbeOutcome.Answered), Probe(CheckIds.SstpListener, ProbeOutcome.Answered), Probe(CheckIds.PptpControl, ProbeOutcome.Answered)]),
            At(Home, [.. Ike(ProbeOutcome.NoAnswer), Probe(CheckIds.SstpListener, ProbeOutcome.NoAnswer), Probe(CheckIds.PptpControl, ProbeOutcome.NoAnswer)]));

        var ids = new EdgeBlockedRule().Evaluate(input).Select(c => c.Cause.Id).ToList();

        Assert.Equal([EdgeBlockedRule.IkeId, EdgeBlockedRule.SstpId, EdgeBlockedRule.PptpId], ids);
    }
}
