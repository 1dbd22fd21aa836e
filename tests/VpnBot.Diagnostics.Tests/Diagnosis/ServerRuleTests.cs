using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Diagnosis.Rules.Server;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using static VpnBot.Diagnostics.Tests.Diagnosis.Make;

namespace VpnBot.Diagnostics.Tests.Diagnosis;

public sealed class ServerRuleTests
{
    private static readonly Finding[] EverythingSilent =
    [
        Probe(CheckIds.IkeV2, ProbeOutcome.NoAnswer),
        Probe(CheckIds.IkeV1, ProbeOutcome.NoAnswer),
        Probe(CheckIds.IkeNatT, ProbeOutcome.NoAnswer),
        Probe(CheckIds.SstpListener, ProbeOutcome.NoAnswer),
        Probe(CheckIds.PptpControl, ProbeOutcome.Refused),
    ];

    [Fact]
    public void AllTunnelsFail_EveryOfferedTypeSilent_Explains800()
    {
        var cause = Assert.Single(new AllTunnelsFailRule().Evaluate(Run(EverythingSilent)));

        Assert.Equal(AllTunnelsFailRule.Id, cause.Id);
        Assert.Equal(["800", "809"], cause.ErrorCodes);
        Assert.Contains(CheckIds.RrasService, cause.ConfirmWith);
        Assert.Contains(CheckIds.FirewallRules, cause.ConfirmWith);
        Assert.Contains("sstp.listener", cause.Explanation.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AllTunnelsFail_MoreTunnelTypesSilent_RankHigher()
    {
        var two = new AllTunnelsFailRule().Evaluate(Run(VpnProtocols.Ikev2 | VpnProtocols.Sstp, EverythingSilent)).Single();
        var four = new AllTunnelsFailRule().Evaluate(Run(EverythingSilent)).Single();

        Assert.True(four.Score > two.Score);
        Assert.InRange(four.Score, 0, 100);
    }

    [Fact]
    public void AllTunnelsFail_OneTypeAnswers_IsNotThisCause()
    {
        var sstpUp = EverythingSilent.Where(f => f.Check != CheckIds.SstpListener).Append(Probe(CheckIds.SstpListener, ProbeOutcome.Answered));

        Assert.Empty(new AllTunnelsFailRule().Evaluate(Run([.. sstpUp])));
    }

    [Fact]
    public void AllTunnelsFail_NatTAnswers_IsNotThisCause()
    {
        var natTUp = EverythingSilent.Where(f => f.Check != CheckIds.IkeNatT).Append(Probe(CheckIds.IkeNatT, ProbeOutcome.Answered));

        Assert.Empty(new AllTunnelsFailRule().Evaluate(Run([.. natTUp])));
    }

    [Fact]
    public void AllTunnelsFail_OnlyOneTypeOffered_IsLeftToThatTunnelsRule()
    {
        Assert.Empty(new AllTunnelsFailRule().Evaluate(Run(VpnProtocols.Sstp, EverythingSilent)));
    }

    [Fact]
    public void RrasDown_ServiceCheckFails_Explains800And809()
    {
        var cause = Assert.Single(new RrasServiceRule().Evaluate(Run(Fail(CheckIds.RrasService, "vpn01"))));

        Assert.Equal(RrasServiceRule.Id, cause.Id);
        Assert.Equal(["800", "809"], cause.ErrorCodes);
        Assert.Contains("vpn01", cause.Explanation.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public void RrasDown_SilentProbeAgrees_RanksHigher()
    {
        var alone = new RrasServiceRule().Evaluate(Run(Fail(CheckIds.RrasService, "vpn01"))).Single();
        var seen = new RrasServiceRule().Evaluate(Run([Fail(CheckIds.RrasService, "vpn01"), .. EverythingSilent])).Single();

        Assert.True(seen.Score > alone.Score);
    }

    [Fact]
    public void RrasDown_ServiceRunning_IsNotACause()
    {
        Assert.Empty(new RrasServiceRule().Evaluate(Run([Pass(CheckIds.RrasService, "vpn01"), .. EverythingSilent])));
    }
}
