using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary><c>ike.nat-t</c> end to end against an in-process responder on 127.0.0.1 replaying captured replies.</summary>
public sealed class IkeNatTCheckTests
{
    [Fact]
    public async Task Run_Ikev2AnswerWithMarker_Passes()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-nat-t-answered.hex", request));

        var finding = await Run(responder, VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal("present", finding.Evidence["marker"]);
        Assert.Equal("ikev2", finding.Evidence["version"]);
        Assert.Contains("IKEv2, answered", finding.Summary.En, StringComparison.Ordinal);
        var request = Assert.Single(responder.Requests);
        Assert.True(NonEspMarker.IsPresent(request.Datagram));
        Assert.Equal(2, request.Message[17] >> 4);
    }

    [Fact]
    public async Task Run_ReplyWithoutMarker_FailsAsMalformed()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-answered.hex", request));

        var finding = await Run(responder, VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.Malformed, finding.Evidence["outcome"]);
        Assert.Equal("missing-non-esp-marker", finding.Evidence["reason"]);
        Assert.Contains("non-ESP", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServerBehindNatWithL2tpOffered_WarnsAboutTheClientRegistry()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-nat-t-answered.hex", request, serverBehindNat: true));

        var finding = await Run(responder, VpnProtocols.Ikev2 | VpnProtocols.L2tp);

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("server-behind-nat", finding.Evidence["nat"]);
        Assert.Equal(["809"], finding.ErrorCodes);
        Assert.Contains("AssumeUDPEncapsulationContextOnSendRule", Assert.Single(finding.Remediation).En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServerBehindNatWithIkev2Only_Passes()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-nat-t-answered.hex", request, serverBehindNat: true));

        var finding = await Run(responder, VpnProtocols.Ikev2);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("server-behind-nat", finding.Evidence["nat"]);
    }

    [Fact]
    public async Task Run_L2tpOnly_SendsMainModeBehindTheMarker()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev1-nat-t-answered.hex", request));

        var finding = await Run(responder, VpnProtocols.L2tp);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal("ikev1", finding.Evidence["version"]);
        Assert.Equal("AES_CBC-256/SHA1/MODP_2048/PSK", finding.Evidence["proposal"]);
        var request = Assert.Single(responder.Requests);
        Assert.True(NonEspMarker.IsPresent(request.Datagram));
        Assert.Equal(1, request.Message[17] >> 4);
    }

    [Fact]
    public async Task Run_Silence_FailsWithTheCodesOfEveryOfferedProtocol()
    {
        await using var responder = new IkeResponder((_, _) => null);

        var finding = await Run(responder, VpnProtocols.Ikev2 | VpnProtocols.L2tp, TimeSpan.FromMilliseconds(1200));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoAnswer, finding.Evidence["outcome"]);
        Assert.Equal(["809", "13805", "792"], finding.ErrorCodes);
        Assert.Contains(finding.Remediation, step => step.En.Contains("UDP 4500 exactly like UDP 500", StringComparison.Ordinal));
    }

    private static Task<Finding> Run(IkeResponder responder, VpnProtocols protocols, TimeSpan? budget = null) =>
        IkeChecks.RunAsync(IkeChecks.NatT, IkeChecks.Target(IPAddress.Loopback, responder.Port, protocols), budget);
}
