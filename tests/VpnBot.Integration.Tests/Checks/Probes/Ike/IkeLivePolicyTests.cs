using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Ike;

/// <summary>
/// Live responders that do not simply accept the probe's offer: a policy mismatch, a demand for another
/// Diffie-Hellman group, a demand for a cookie. Each is a live server, told apart from silence.
/// </summary>
public sealed class IkeLivePolicyTests(LabFixture lab)
{
    [Fact]
    public async Task IkeV2_SuiteBOnlyResponder_FailsWith13868AndThePolicyMismatchComesFirst()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.SuiteBOnly.Address, LabTargets.Ikev2), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoProposalChosen, finding);
        Assert.Equal(["13868"], finding.ErrorCodes);
        Assert.False(string.IsNullOrEmpty(Evidence(finding, "offered")));
        var first = FirstCause(report, "ike.v2-policy-mismatch");
        Assert.Contains("13868", first.ErrorCodes);
        Assert.Contains(CheckIds.IkeV2, first.Checks);
    }

    [Fact]
    public async Task IkeV1_SuiteBOnlyResponder_FailsWith788AsAnL2tpPolicyMismatch()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.SuiteBOnly.Address, LabTargets.L2tp), CheckIds.IkeV1);

        var finding = Single(report, CheckIds.IkeV1);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoProposalChosen, finding);
        Assert.Equal(["788"], finding.ErrorCodes);
        FirstCause(report, "ike.v1-policy-mismatch");
    }

    /// <summary>
    /// Windows offers MODP-1024, MODP-2048, ECP-256 and ECP-384, and so does the probe: a responder that accepts
    /// MODP-3072 alone has nothing in common with it — a policy mismatch, not a request for another group.
    /// </summary>
    [Fact]
    public async Task IkeV2_Modp3072OnlyResponder_FailsAsPolicyMismatchSinceWindowsNeverOffersGroup15()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.Modp3072Only.Address, LabTargets.Ikev2), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoProposalChosen, finding);
        Assert.Equal(["13868"], finding.ErrorCodes);
        Assert.DoesNotContain("MODP_3072", Evidence(finding, "offered"), StringComparison.Ordinal);
        FirstCause(report, "ike.v2-policy-mismatch");
    }

    [Fact]
    public async Task IkeV2_Modp1024OnlyResponder_InvalidKeFirstThenTheRetryGetsARealModp1024Exchange()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.Modp1024Only.Address, LabTargets.Ikev2), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal(ProbeOutcome.InvalidKe, Evidence(finding, "firstOutcome"));
        Assert.Equal("MODP_1024 (2)", Evidence(finding, "requestedGroup"));
        Assert.Equal("2", Evidence(finding, "attempts"));
        Assert.Equal("AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_1024", Evidence(finding, "proposal"));
        Assert.Equal("MODP_1024 (2)", Evidence(finding, "responderKeGroup"));
    }

    [Fact]
    public async Task IkeV2_CookieResponder_PresentsTheCookieAndGetsTheSa()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.CookieRequired.Address, LabTargets.Ikev2), CheckIds.IkeV2);

        var finding = Single(report, CheckIds.IkeV2);
        HasStatus(CheckStatus.Pass, finding);
        HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal(ProbeOutcome.Cookie, Evidence(finding, "firstOutcome"));
        Assert.NotEqual("0", Evidence(finding, "cookieLength"));
        Assert.Equal("MODP_2048 (14)", Evidence(finding, "responderKeGroup"));
    }
}
