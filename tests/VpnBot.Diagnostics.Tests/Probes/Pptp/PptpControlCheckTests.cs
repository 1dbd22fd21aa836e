using System.Net.Sockets;
using System.Text;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

/// <summary><c>pptp.control</c> against scripted peers on 127.0.0.1 that replay pptpd's real replies or misbehave.</summary>
public sealed class PptpControlCheckTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    private static readonly byte[] PptpdReply = HexFixture.Load("Pptp", "pptpd-sccrp.hex");
    private static readonly byte[] PptpdStopReply = HexFixture.Load("Pptp", "pptpd-stop-reply.hex");

    [Fact]
    public void Plan_PptpNotOffered_PlansNothing()
    {
        var target = ProbeHarness.Loopback(VpnPorts.Default) with { Protocols = VpnProtocols.Ikev2 | VpnProtocols.Sstp };

        Assert.Empty(new PptpControlCheck().Plan(target));
    }

    [Fact]
    public async Task Run_PptpdReplyReplayed_PassesWithWhatTheServerSays()
    {
        byte[]? request = null;
        byte[]? stop = null;
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            request = await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            await socket.SendAsync(PptpdReply, ct);
            stop = await LoopbackTcpServer.ReadAsync(socket, 16, ct);
            await socket.SendAsync(PptpdStopReply, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("local", finding.Evidence["hostname"]);
        Assert.Equal("linux", finding.Evidence["vendor"]);
        Assert.Equal("1", finding.Evidence["firmware"]);
        Assert.Equal("1", finding.Evidence["resultCode"]);
        Assert.Contains("\"local\"", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("「local」", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
        Assert.Equal(PptpControlMessageType.StartControlConnectionRequest, PptpMessageParser.ParseHeader(request).Value);
        Assert.Equal(PptpControlMessageType.StopControlConnectionRequest, PptpMessageParser.ParseStopControlConnection(stop).Value?.Type);
    }

    [Fact]
    public async Task Run_ResultNotAuthorized_FailsAsRejectedWithTheCode()
    {
        var reply = PptpdReply.ToArray();
        reply[14] = 4;
        reply[15] = 0;
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            await socket.SendAsync(reply, ct);
            await LoopbackTcpServer.ReadAsync(socket, 16, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("4", finding.Evidence["resultCode"]);
        Assert.Contains("requester not authorized", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("要求元に許可がありません", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal(["619", "800"], finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_NothingListens_FailsAsRefused()
    {
        var finding = await Run(LoopbackTcpServer.ClosedPort());

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Refused, finding);
        Assert.Equal("ConnectionRefused", finding.Evidence["socketError"]);
        Assert.Equal(["619", "800"], finding.ErrorCodes);
        Assert.NotEmpty(finding.Remediation);
        Assert.Contains(finding.Remediation, step => step.En.Contains("GRE (IP protocol 47)", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.En.Contains("SSTP or IKEv2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SynUnanswered_FailsAsNoAnswerWithinTheBudget()
    {
        using var port = new UnansweredPort();

        var finding = await Run(port.Port, TimeSpan.FromMilliseconds(900));

        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        Assert.Contains("ms", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AcceptedThenNothing_FailsAsSilentWithinTheBudget()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) => await LoopbackTcpServer.ReadAsync(socket, 100_000, ct));

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(900));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("TimedOut", finding.Evidence["read"]);
        Assert.True(long.Parse(finding.Evidence["waitedMs"], System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Run_GarbageOnThePort_FailsAsMalformedAtOnce()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"), ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("length field 18516", finding.Evidence["reason"], StringComparison.Ordinal);
        Assert.StartsWith("4854", finding.Evidence["reply"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReplyCutShortThenClosed_FailsAsMalformed()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            await socket.SendAsync(PptpdReply.AsMemory(0, 100), ct);
            socket.Shutdown(SocketShutdown.Send);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("closed after 100 octets", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReplyCutShortThenSilence_FailsAsMalformedWithinTheBudget()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            await socket.SendAsync(PptpdReply.AsMemory(0, 100), ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(900));

        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Equal("Stalled", finding.Evidence["read"]);
    }

    [Fact]
    public async Task Run_AcceptedThenClosed_FailsAsRejected()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            socket.Shutdown(SocketShutdown.Both);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Contains("closed it without a PPTP reply", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WrongMessageWithValidHeader_FailsAsMalformed()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            await socket.SendAsync(PptpMessages.StopControlConnectionRequest(), ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("expected 2", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoAddress_SkipsAsUnresolved()
    {
        var target = new CheckTarget { Name = "x", Fqdn = "vpn.invalid", InternalDns = [new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, LoopbackTcpServer.ClosedPort())] };

        var finding = await ProbeHarness.RunAsync(new PptpControlCheck(), target, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
    }

    /// <summary>Every key pptp.control writes, in the order PptpEvidence and docs/checks.md (3.7) give them.</summary>
    private static readonly string[] DocumentedKeys =
    [
        "outcome", "address", "connectMs", "socketError",
        "resultCode", "errorCode", "hostname", "vendor", "firmware", "protocolVersion", "maxChannels", "framingCapabilities", "bearerCapabilities",
        "waitedMs", "read", "reason", "reply",
        "elapsedMs",
    ];

    public enum Peer
    {
        Pptpd,
        Nothing,
        Garbage,
        HangsUp,
    }

    [Theory]
    [InlineData(Peer.Pptpd)]
    [InlineData(Peer.Nothing)]
    [InlineData(Peer.Garbage)]
    [InlineData(Peer.HangsUp)]
    public async Task Run_AnyPeer_WritesOnlyDocumentedKeysInTheirOrder(Peer peer)
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 156, ct);
            switch (peer)
            {
                case Peer.Pptpd:
                    await socket.SendAsync(PptpdReply, ct);
                    await LoopbackTcpServer.ReadAsync(socket, 16, ct);
                    await socket.SendAsync(PptpdStopReply, ct);
                    break;
                case Peer.Garbage:
                    await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\n\r\n"), ct);
                    await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
                    break;
                default:
                    socket.Shutdown(SocketShutdown.Both);
                    break;
            }
        });

        var finding = await Run(peer == Peer.Nothing ? LoopbackTcpServer.ClosedPort() : server.Port);

        var keys = finding.Evidence.Keys.ToList();
        Assert.All(keys, key => Assert.Contains(key, DocumentedKeys));
        Assert.Equal(DocumentedKeys.Where(keys.Contains), keys);
        Assert.Equal("elapsedMs", keys[^1]);
    }

    private static Task<Finding> Run(int port, TimeSpan? budget = null) =>
        ProbeHarness.RunAsync(new PptpControlCheck(), ProbeHarness.Loopback(VpnPorts.Default with { Pptp = port }), budget ?? Budget);
}
