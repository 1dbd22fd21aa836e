using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Ike;

/// <summary>The IKE probes against responders that answer: the healthy VPN and the RRAS-like IKEv1 responder.</summary>
public sealed class IkeAnsweredTests(LabFixture lab)
{
    /// <summary>strongSwan's default proposals prefer ECP-256, which Windows (and the probe) offer but do not send a KE for first.</summary>
    [Fact]
    public async Task IkeV2_HealthyVpn_PassesWithTheChosenProposalAfterTheGroupRetry()
    {
        var vpn = lab.Topology.Vpn;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(vpn.Address), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256", Evidence(finding, "proposal"));
        Assert.Equal(ProbeOutcome.InvalidKe, Evidence(finding, "firstOutcome"));
        Assert.Equal("ECP_256 (19)", Evidence(finding, "requestedGroup"));
        Assert.Equal("ECP_256 (19)", Evidence(finding, "responderKeGroup"));
        Assert.Equal("none", Evidence(finding, "nat"));
        Assert.Equal("supported", Evidence(finding, "fragmentation"));
        Assert.Equal(vpn.Address.ToString(), Evidence(finding, "address"));
        Assert.Empty(report.Diagnosis);
    }

    [Fact]
    public async Task IkeV1_HealthyVpn_PassesWithTheChosenMainModeProposal()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Vpn.Address), CheckIds.IkeV1);

        var finding = Single(report, CheckIds.IkeV1);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("AES_CBC-256/SHA2_256/MODP_2048/PSK", Evidence(finding, "proposal"));
        Assert.Equal("rfc-3947", Evidence(finding, "natTraversal"));
    }

    [Fact]
    public async Task IkeNatT_HealthyVpn_PassesBehindTheNonEspMarker()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Vpn.Address), CheckIds.IkeNatT);

        var finding = Single(report, CheckIds.IkeNatT);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("present", Evidence(finding, "marker"));
        Assert.Equal("4500", Evidence(finding, "port"));
        Assert.Equal("ikev2", Evidence(finding, "version"));
    }

    [Fact]
    public async Task IkeV2_RrasLikeResponder_AcceptsTheFirstKeAtOnceAndNamesItsVendor()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.RrasLike.Address, LabTargets.Ikev2), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("1", Evidence(finding, "attempts"));
        Assert.False(finding.Evidence.ContainsKey("firstOutcome"));
        Assert.Equal("AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", Evidence(finding, "proposal"));
        Assert.Equal("strongSwan", Evidence(finding, "vendorIds"));
    }

    [Fact]
    public async Task IkeV1_RrasLikeResponder_PassesWithWindowsMainModeProposal()
    {
        var responder = lab.Topology.Ike.RrasLike;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(responder.Address, LabTargets.L2tp), CheckIds.IkeV1);

        var finding = Single(report, CheckIds.IkeV1);
        HasStatus(CheckStatus.Pass, finding);
        Assert.Equal("AES_CBC-256/SHA1/MODP_2048/PSK", Evidence(finding, "proposal"));
    }

    [Fact]
    public async Task IkeNatT_L2tpOnlyEndpoint_AnswersMainModeOnPort4500()
    {
        var responder = lab.Topology.Ike.RrasLike;

        var report = await DiagnosticsCore.RunAsync(LabTargets.At(responder.Address, LabTargets.L2tp), CheckIds.IkeNatT);

        var finding = Single(report, CheckIds.IkeNatT);
        HasStatus(CheckStatus.Pass, finding);
        Assert.Equal("ikev1", Evidence(finding, "version"));
        Assert.Equal("present", Evidence(finding, "marker"));
    }
}
