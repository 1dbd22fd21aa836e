using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Ike;

/// <summary>What lies between the probe and the responder: a firewall dropping UDP 500, a host with no IKE, a NAT.</summary>
public sealed class IkePathTests(LabFixture lab)
{
    private static readonly string[] IkeChecks = [CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT];

    [Fact]
    public async Task IkeChecks_Udp500DroppedAnd4500Answering_Udp500BlockedRanksFirstWith809()
    {
        var responder = lab.Topology.Ike.Udp500Filtered;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(responder.Address, LabTargets.Ikev2, LabTargets.L2tp), IkeChecks);

        foreach (var (check, codes) in new[] { (CheckIds.IkeV2, new[] { "809", "13805" }), (CheckIds.IkeV1, ["809", "792"]) })
        {
            var silent = Single(report, check);
            HasStatus(CheckStatus.Fail, silent);
            HasOutcome(ProbeOutcome.NoAnswer, silent);
            Assert.Equal(codes, silent.ErrorCodes);
        }

        var natT = Single(report, CheckIds.IkeNatT);
        HasStatus(CheckStatus.Pass, natT);
        HasOutcome(ProbeOutcome.Answered, natT);
        var first = FirstCause(report, "path.udp500-blocked");
        Assert.Equal(["809"], first.ErrorCodes);
        Assert.Equal([CheckIds.IkeV2, CheckIds.IkeV1, CheckIds.IkeNatT], first.Checks.Where(IkeChecks.Contains));
    }

    [Fact]
    public async Task IkeChecks_HostWithoutIke_FailAsRefusedOnBothPorts()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.NoResponder, LabTargets.Ikev2), CheckIds.IkeV2, CheckIds.IkeNatT);

        foreach (var check in (string[])[CheckIds.IkeV2, CheckIds.IkeNatT])
        {
            var refused = Single(report, check);
            HasStatus(CheckStatus.Fail, refused);
            HasOutcome(ProbeOutcome.Refused, refused);
        }

        FirstCause(report, "server.ike-not-listening");
    }

    [Fact]
    public async Task IkeChecks_ResponderBehindDestinationNat_AnswerSeesTheNatAndNatTWarnsForL2tp()
    {
        var responder = lab.Topology.Ike.BehindNat;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(responder.Address, LabTargets.Ikev2, LabTargets.L2tp), CheckIds.IkeV2, CheckIds.IkeNatT);

        var v2 = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Pass, v2);
        Assert.Equal("server-behind-nat", Evidence(v2, "nat"));
        Assert.Equal(responder.Address.ToString(), Evidence(v2, "address"));
        var natT = Single(report, CheckIds.IkeNatT);
        HasStatus(CheckStatus.Warn, natT);
        Assert.Equal("server-behind-nat", Evidence(natT, "nat"));
    }
}
