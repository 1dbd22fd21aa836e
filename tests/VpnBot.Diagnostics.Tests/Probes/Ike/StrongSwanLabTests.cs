using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary>
/// The IKE checks against real strongSwan responders in network namespaces (Lab/ike-lab.sh): the requests
/// must be good enough for a real IKE implementation to answer, and every outcome must be recognised.
/// </summary>
[Collection(IkeLabDefinition.Name)]
public sealed class StrongSwanLabTests(IkeLab lab)
{
    [Fact]
    public async Task Ikev2_DefaultResponder_AnswersWithoutNat()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Default, 500));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal("AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", finding.Evidence["proposal"]);
        Assert.Equal("none", finding.Evidence["nat"]);
        Assert.Equal("supported", finding.Evidence["fragmentation"]);
        Assert.Equal("strongSwan", finding.Evidence["vendorIds"]);
    }

    [Fact]
    public async Task Ikev2_ResponderWithForeignProposals_FailsAsPolicyMismatch()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Mismatch, 500));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoProposalChosen, finding.Evidence["outcome"]);
        Assert.Equal(["13868"], finding.ErrorCodes);
    }

    [Fact]
    public async Task Ikev2_ResponderWithModp1024Only_AnswersTheRetryWithARealModp1024Value()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Modp1024Only, 500));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal(ProbeOutcome.InvalidKe, finding.Evidence["firstOutcome"]);
        Assert.Equal("AES_CBC-256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_1024", finding.Evidence["proposal"]);
    }

    [Fact]
    public async Task Ikev2_ResponderUnderCookieThreshold_AnswersTheRetryWithTheCookie()
    {
        lab.Require();
        // The first IKE_SA_INIT leaves a half-open IKE SA; with the threshold at 1 the next one must present a cookie.
        await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Cookie, 500));

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Cookie, 500));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal(ProbeOutcome.Cookie, finding.Evidence["firstOutcome"]);
    }

    [Fact]
    public async Task Ikev2_DroppedPort_FailsWithNoAnswer()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Dropped, 500), TimeSpan.FromMilliseconds(1300));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoAnswer, finding.Evidence["outcome"]);
        Assert.Equal(["809", "13805"], finding.ErrorCodes);
    }

    [Fact]
    public async Task Ikev2_RejectedPort_FailsAsRefused()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(lab.Rejected, 500));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.Refused, finding.Evidence["outcome"]);
    }

    [Fact]
    public async Task Ikev1_WindowsLikeResponder_AnswersMainMode()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V1, IkeChecks.Target(lab.Ikev1, 500));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("AES_CBC-256/SHA1/MODP_2048/PSK", finding.Evidence["proposal"]);
        Assert.Equal("rfc-3947", finding.Evidence["natTraversal"]);
    }

    [Fact]
    public async Task Ikev1_ResponderWithForeignProposals_FailsAsPolicyMismatch()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.V1, IkeChecks.Target(lab.Ikev1Mismatch, 500));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoProposalChosen, finding.Evidence["outcome"]);
        Assert.Equal(["788"], finding.ErrorCodes);
    }

    [Fact]
    public async Task NatT_DefaultResponder_AnswersBehindTheMarker()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.NatT, IkeChecks.Target(lab.Default, 4500, VpnProtocols.Ikev2) with { Ports = new VpnPorts() });

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("present", finding.Evidence["marker"]);
        Assert.Equal("4500", finding.Evidence["port"]);
    }

    [Fact]
    public async Task NatT_L2tpOnlyResponder_AnswersMainModeBehindTheMarker()
    {
        lab.Require();

        var finding = await IkeChecks.RunAsync(IkeChecks.NatT, IkeChecks.Target(lab.Ikev1, 4500, VpnProtocols.L2tp) with { Ports = new VpnPorts() });

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("ikev1", finding.Evidence["version"]);
    }

    [Fact]
    public async Task NatT_ResponderBehindDnat_WarnsForL2tpClients()
    {
        lab.Require();
        var target = IkeChecks.Target(lab.BehindNat, 4500) with { Ports = new VpnPorts() };

        var v2 = await IkeChecks.RunAsync(IkeChecks.V2, target);
        var natT = await IkeChecks.RunAsync(IkeChecks.NatT, target);

        Assert.Equal(CheckStatus.Pass, v2.Status);
        Assert.Equal("server-behind-nat", v2.Evidence["nat"]);
        Assert.Equal(CheckStatus.Warn, natT.Status);
        Assert.Equal("server-behind-nat", natT.Evidence["nat"]);
    }
}
