using VpnBot.Integration.Tests.Tools;
using VpnBot.Lab.Ike;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Ike;

/// <summary>Each IKE responder of the lab, proven with ike-scan (and a crafted offer where ike-scan cannot choose one).</summary>
public sealed class IkeScanSmokeTests(LabFixture fixture)
{
    private const string NoAnswer = "0 returned handshake; 0 returned notify";

    [Fact]
    public async Task IkeScan_Ikev2ToTheVpn_SaInitHandshake()
    {
        var result = await IkeScan.Ikev2Async(fixture.Topology.Ike.Default.Address);

        Assert.Contains("IKEv2 SA_INIT Handshake returned", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IkeScan_MainModeToTheVpn_Ikev1Handshake()
    {
        var result = await IkeScan.MainModeAsync(fixture.Topology.Ike.Default.Address);

        Assert.Contains("Main Mode Handshake returned", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IkeScan_NatTToTheVpn_HandshakeOnPort4500()
    {
        var result = await IkeScan.Ikev2Async(fixture.Topology.Ike.Default.Address, natT: true);

        Assert.Contains("IKEv2 SA_INIT Handshake returned", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IkeScan_Ikev2ToTheSuiteBResponder_NoProposalChosen()
    {
        var responder = fixture.Topology.Ike.SuiteBOnly;

        var result = await IkeScan.Ikev2Async(responder.Address);

        Assert.Equal(IkeSaInit.NotifyNoProposalChosen, responder.ExpectedNotify);
        Assert.Contains("Notify message 14 (NO_PROPOSAL_CHOSEN)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IkeScan_Ikev2ToTheCookieResponder_CookieNotify()
    {
        var result = await IkeScan.Ikev2Async(fixture.Topology.Ike.CookieRequired.Address);

        Assert.Contains("Notify message 16390 (COOKIE)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IkeScan_BehindTheFirewall_SilentOn500AnsweredOn4500()
    {
        var responder = fixture.Topology.Ike.Udp500Filtered;

        var onIkePort = await IkeScan.Ikev2Async(responder.Address);
        var onNatTPort = await IkeScan.Ikev2Async(responder.Address, natT: true);

        Assert.Contains(NoAnswer, onIkePort.Output, StringComparison.Ordinal);
        Assert.Contains("IKEv2 SA_INIT Handshake returned", onNatTPort.Output, StringComparison.Ordinal);
    }

    /// <summary>ike-scan's IKEv2 offer is fixed and has no MODP-3072, so the offer with KE for another group is crafted.</summary>
    [Fact]
    public async Task IkeSaInit_OfferingModp3072WithModp2048Ke_InvalidKeAskingForGroup15()
    {
        var responder = fixture.Topology.Ike.Modp3072Only;

        var reply = await IkeSaInit.ExchangeAsync(responder.Ike, [14, 15], 14, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        Assert.NotNull(reply);
        Assert.Equal(IkeSaInit.NotifyInvalidKePayload, reply.NotifyType);
        Assert.Equal(responder.RequestedDhGroup, reply.RequestedDhGroup);
        Assert.Equal(15, reply.RequestedDhGroup);
    }

    [Fact]
    public async Task IkeScan_Ikev2ToTheModp3072Responder_NoProposalChosenForAnOfferWithoutGroup15()
    {
        var result = await IkeScan.Ikev2Async(fixture.Topology.Ike.Modp3072Only.Address);

        Assert.Contains("Notify message 14 (NO_PROPOSAL_CHOSEN)", result.Output, StringComparison.Ordinal);
    }
}
