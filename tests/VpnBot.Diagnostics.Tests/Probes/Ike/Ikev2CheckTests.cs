using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;
using VpnBot.Diagnostics.Runner;
using VpnBot.Diagnostics.Tests.Probes.Ike.Support;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

/// <summary><c>ike.v2</c> end to end against an in-process responder on 127.0.0.1 replaying captured replies.</summary>
public sealed class Ikev2CheckTests
{
    [Fact]
    public async Task Run_ResponderAnswers_PassesWithTheChosenProposal()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-answered.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal("AES_CBC-128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048", finding.Evidence["proposal"]);
        Assert.Equal("MODP_2048", finding.Evidence["dhGroup"]);
        Assert.Equal("none", finding.Evidence["nat"]);
        Assert.Equal("supported", finding.Evidence["fragmentation"]);
        Assert.Equal("strongSwan", finding.Evidence["vendorIds"]);
        Assert.Equal("1", finding.Evidence["attempts"]);
        Assert.Equal(responder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Evidence["port"]);
        Assert.Equal("127.0.0.1", finding.Evidence["address"]);
        Assert.Contains("AES_CBC-128", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
        Assert.Equal((ushort)14, Assert.Single(responder.Requests).KeGroup);
    }

    [Fact]
    public async Task Run_NoProposalChosen_FailsWithPolicyMismatchCode()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-no-proposal-chosen.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoProposalChosen, finding.Evidence["outcome"]);
        Assert.Equal("NO_PROPOSAL_CHOSEN (14)", finding.Evidence["notify"]);
        Assert.Equal(["13868"], finding.ErrorCodes);
        Assert.Contains("Get-VpnServerIPsecConfiguration", finding.Remediation[0].En, StringComparison.Ordinal);
        Assert.Contains("NO_PROPOSAL_CHOSEN", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidKeThenAnswerForTheWantedGroup_RetriesOnceAndPasses()
    {
        await using var responder = new IkeResponder((self, request) =>
            self.Replay(request.KeGroup == 2 ? "ikev2-answered-modp1024.hex" : "ikev2-invalid-ke.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal(ProbeOutcome.InvalidKe, finding.Evidence["firstOutcome"]);
        Assert.Equal("MODP_1024 (2)", finding.Evidence["requestedGroup"]);
        Assert.Equal("MODP_1024 (2)", finding.Evidence["keGroup"]);
        Assert.Equal("2", finding.Evidence["attempts"]);
        Assert.Contains("INVALID_KE_PAYLOAD", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal([(ushort)14, (ushort)2], responder.Requests.Select(r => r.KeGroup));
        Assert.Equal(responder.Requests[0].Spi, responder.Requests[1].Spi);
    }

    [Fact]
    public async Task Run_InvalidKeEveryTime_ReportsTheLiveServerAndTheGroup()
    {
        await using var responder = new IkeResponder((self, request) => self.Replay("ikev2-invalid-ke.hex", request));

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.InvalidKe, finding.Evidence["outcome"]);
        Assert.Equal("MODP_1024 (2)", finding.Evidence["requestedGroup"]);
        Assert.Equal(2, responder.Requests.Count);
    }

    [Fact]
    public async Task Run_CookieThenAnswerToTheCookie_RetriesWithTheCookieFirst()
    {
        var cookieReply = IkeFixtures.Message("ikev2-cookie.hex");
        var cookie = Ikev2ResponseParser.Parse(cookieReply, IkeFixtures.Spi(cookieReply)).Response!.Find(Ikev2Notify.Cookie)!.Data;
        await using var responder = new IkeResponder((self, request) =>
        {
            var first = request.Payloads()[0];
            var hasCookie = first.Type == Ikev2Payload.Notify && first.Body.Span[4..].SequenceEqual(cookie);
            return self.Replay(hasCookie ? "ikev2-answered.hex" : "ikev2-cookie.hex", request);
        });

        var finding = await Run(responder);

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(ProbeOutcome.Answered, finding.Evidence["outcome"]);
        Assert.Equal(ProbeOutcome.Cookie, finding.Evidence["firstOutcome"]);
        Assert.Equal(cookie.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Evidence["cookieLength"]);
        Assert.Contains("COOKIE", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Silence_FailsWithinTheRunnersDeadline()
    {
        await using var responder = new IkeResponder((_, _) => null);
        var target = IkeChecks.Target(IPAddress.Loopback, responder.Port, VpnProtocols.Ikev2);
        var runner = new CheckRunner([IkeChecks.V2], TimeProvider.System, NullLogger<CheckRunner>.Instance);

        var findings = new List<Finding>();
        await foreach (var f in runner.RunAsync(runner.Plan(target), TimeSpan.FromSeconds(4), TestContext.Current.CancellationToken))
        {
            findings.Add(f);
        }

        // An overrun would be the runner's Error finding; the probe's own Fail with evidence must come first.
        var finding = Assert.Single(findings);
        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.NoAnswer, finding.Evidence["outcome"]);
        Assert.Equal(["809", "13805"], finding.ErrorCodes);
        Assert.Equal("3", finding.Evidence["attempts"]);
        Assert.Equal(3, responder.Requests.Count);
        Assert.Contains("UDP 500", finding.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ClosedPort_FailsAsRefused()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(IPAddress.Loopback, port, VpnProtocols.Ikev2));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.Refused, finding.Evidence["outcome"]);
        Assert.Equal(["809", "13805"], finding.ErrorCodes);
        Assert.Contains("ICMP", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_GarbageReply_FailsAsMalformedWithTheBytes()
    {
        byte[] garbage = [0x48, 0x54, 0x54, 0x50, 0x2f, 0x31, 0x2e, 0x31, 0x20, 0x34, 0x30, 0x30];
        await using var responder = new IkeResponder((_, _) => garbage);

        var finding = await Run(responder, TimeSpan.FromMilliseconds(1500));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(ProbeOutcome.Malformed, finding.Evidence["outcome"]);
        Assert.Equal("too-short", finding.Evidence["reason"]);
        Assert.Equal("485454502f312e3120343030", finding.Evidence["replyHex"]);
        Assert.Equal("3", finding.Evidence["ignoredDatagrams"]);
    }

    [Fact]
    public async Task Run_ReplyWithTheSpiButBrokenPayloads_FailsAsMalformedWithTheReason()
    {
        await using var responder = new IkeResponder((self, request) =>
        {
            var reply = self.Replay("ikev2-answered.hex", request);
            reply[30] = 0xFF; // the SA payload claims more bytes than the message has
            return reply;
        });

        var finding = await Run(responder);

        Assert.Equal(ProbeOutcome.Malformed, finding.Evidence["outcome"]);
        Assert.Equal("payload-truncated", finding.Evidence["reason"]);
        Assert.Equal("28", finding.Evidence["offset"]);
        Assert.StartsWith(Convert.ToHexStringLower(responder.Requests[0].Message.AsSpan(0, 8)), finding.Evidence["replyHex"], StringComparison.Ordinal);
        Assert.Contains("payload runs past the end", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("ペイロード", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoAddress_Skips()
    {
        // A name server that does not answer: the name stays unresolved without leaving the loopback.
        await using var silentDns = new IkeResponder((_, _) => null);
        var target = new CheckTarget
        {
            Name = "test",
            Fqdn = "vpn.example.local",
            Protocols = VpnProtocols.Ikev2,
            InternalDns = [silentDns.Endpoint],
        };

        var finding = await IkeChecks.RunAsync(IkeChecks.V2, target, TimeSpan.FromSeconds(2));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Equal("vpn.example.local:500", finding.Subject);
    }

    private static Task<Finding> Run(IkeResponder responder, TimeSpan? budget = null) =>
        IkeChecks.RunAsync(IkeChecks.V2, IkeChecks.Target(IPAddress.Loopback, responder.Port, VpnProtocols.Ikev2), budget);
}
