using System.Buffers.Binary;
using System.Net;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Ike.Ikev1;
using VpnBot.Diagnostics.Probes.Ike.Wire;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary><c>ike.v1</c> end to end against an in-process responder on 127.0.0.1 replaying captured replies.</summary>
public sealed class Ikev1CheckTests
{
    [Fact]
    public async Task Run_MainModeAnswer_PassesWithTheChosenTransformAndVendorIds()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev1-answered.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal("AES_CBC-256/SHA1/MODP_2048/PSK", finding.Evidence["proposal"]);
        Assert.Equal("28800 s", finding.Evidence["lifetime"]);
        Assert.Equal("rfc-3947", finding.Evidence["natTraversal"]);
        Assert.Contains("XAUTH", finding.Evidence["vendorIds"], StringComparison.Ordinal);
        Assert.Contains("メインモード", finding.Summary.Ja, StringComparison.Ordinal);
        var request = Assert.Single(responder.Requests);
        Assert.Equal(Ikev1Constants.MainMode, request.Message[18]);
    }

    [Fact]
    public async Task Run_WindowsVendorId_NamesTheRelease()
    {
        await using var responder = new IkeResponder((self, request) => WithWindowsVendorId(self.Replay("ikev1-answered.hex", request)));

        var finding = await Run(responder);

        Assert.Equal("MS NT5 ISAKMPOAKLEY 9: Windows 8 / Server 2012 or later", finding.Evidence["windowsRelease"]);
    }

    [Fact]
    public async Task Run_NoProposalChosen_FailsWithTheL2tpNegotiationCode()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev1-no-proposal-chosen.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoProposalChosen, finding.Evidence["outcome"]);
        Assert.Equal("NO-PROPOSAL-CHOSEN (14)", finding.Evidence["notify"]);
        Assert.Equal(["788"], finding.ErrorCodes);
        Assert.Contains("PSK|RSA_SIG", finding.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Silence_FailsWithTheL2tpTimeoutCodes()
    {
        await using var responder = new IkeResponder((_, _) => null);

        var finding = await Run(responder, TimeSpan.FromMilliseconds(1200));

        Assert.Equal(ProbeOutcome.NoAnswer, finding.Evidence["outcome"]);
        Assert.Equal(["809", "792"], finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_IkeV2Reply_FailsAsMalformed()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-no-proposal-chosen.hex", request));

        var finding = await Run(responder);

        Assert.Equal(ProbeOutcome.Malformed, finding.Evidence["outcome"]);
        Assert.Equal("unexpected-version", finding.Evidence["reason"]);
    }

    /// <summary>Appends an "MS NT5 ISAKMPOAKLEY" Vendor ID with version 9 at the end of the chain.</summary>
    private static byte[] WithWindowsVendorId(byte[] reply)
    {
        byte[] vid = [.. Convert.FromHexString("1e2b516905991c7d7c96fcbfb587e461"), 0, 0, 0, 9];
        var payloads = new List<IkePayload>();
        IkeHeader.TryRead(reply, out var header);
        IkePayloadChain.Walk(reply, IkeHeader.Size, header.NextPayload, payloads);
        reply[payloads[^1].Offset] = Ikev1Payload.VendorId;
        byte[] extended = [.. reply, 0, 0, 0, (byte)(4 + vid.Length), .. vid];
        BinaryPrimitives.WriteUInt32BigEndian(extended.AsSpan(24), (uint)extended.Length);
        return extended;
    }

    private static Task<Finding> Run(IkeResponder responder, TimeSpan? budget = null) =>
        IkeChecks.RunAsync(IkeChecks.V1, IkeChecks.Target(IPAddress.Loopback, responder.Port, VpnProtocols.L2tp), budget);
}
