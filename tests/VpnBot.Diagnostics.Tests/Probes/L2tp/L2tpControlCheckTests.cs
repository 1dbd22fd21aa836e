using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.L2tp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.L2tp;

/// <summary><c>l2tp.control</c> against scripted UDP peers on 127.0.0.1 that replay xl2tpd's real replies or misbehave.</summary>
public sealed class L2tpControlCheckTests
{
    private static readonly byte[] Sccrp = HexFixture.Load("L2tp", "xl2tpd-sccrp.hex");
    private static readonly byte[] StopCcn = HexFixture.Load("L2tp", "xl2tpd-stopccn.hex");
    private static readonly byte[] Zlb = HexFixture.Load("L2tp", "xl2tpd-zlb.hex");
    private static readonly byte[] StopAck = HexFixture.Load("L2tp", "xl2tpd-stop-ack.hex");

    [Fact]
    public void Plan_L2tpNotOffered_PlansNothing()
    {
        var target = ProbeHarness.Loopback(VpnPorts.Default) with { Protocols = VpnProtocols.Ikev2 };

        Assert.Empty(new L2tpControlCheck(Udp()).Plan(target));
    }

    [Fact]
    public async Task Run_Xl2tpdSccrpReplayed_PassesAndSendsStopCcnFromTheSamePort()
    {
        await using var server = new LoopbackUdpServer(datagram =>
        {
            // The SCCRQ and the StopCCN both carry the probe's tunnel in Assigned Tunnel ID.
            var message = L2tpMessageParser.Parse(datagram).Value!;
            var reply = message.MessageType == (ushort)L2tpMessageType.StartControlConnectionRequest ? Sccrp : StopAck;
            return [AddressedTo(reply, message.AssignedTunnelId!.Value)];
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("lab-lns", finding.Evidence["hostname"]);
        Assert.Equal("xelerance.com", finding.Evidence["vendor"]);
        Assert.Equal("3253", finding.Evidence["assignedTunnelId"]);
        Assert.Equal("1680", finding.Evidence["firmware"]);
        Assert.Equal("true", finding.Evidence["stopAcked"]);
        Assert.Equal(2, server.Received.Count);
        var stop = L2tpMessageParser.Parse(server.Received[1]).Value!;
        Assert.Equal((ushort)L2tpMessageType.StopControlConnectionNotification, stop.MessageType);
        Assert.Equal(0x0cb5, stop.TunnelId);
        Assert.Equal(1, stop.Nr);
        Assert.Equal(server.Senders[0], server.Senders[1]);
    }

    [Fact]
    public async Task Run_Xl2tpdRefusalReplayed_WarnsAsRejectedAndAcknowledgesIt()
    {
        await using var server = new LoopbackUdpServer(datagram =>
        {
            var message = L2tpMessageParser.Parse(datagram).Value!;
            return message.IsZeroLengthBody ? [] : [AddressedTo(Zlb, message.AssignedTunnelId!.Value), AddressedTo(StopCcn, message.AssignedTunnelId!.Value)];
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Warn, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("2", finding.Evidence["resultCode"]);
        Assert.Equal("6", finding.Evidence["errorCode"]);
        Assert.Equal("No Authorization", finding.Evidence["resultMessage"]);
        Assert.Contains("general error", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("一般エラー", finding.Summary.Ja, StringComparison.Ordinal);
        var ack = await ReceivedAsync(server, 2);
        var zlb = L2tpMessageParser.Parse(ack[1]).Value!;
        Assert.True(zlb.IsZeroLengthBody);
        Assert.Equal(0x306e, zlb.TunnelId);
    }

    [Fact]
    public async Task Run_Silence_SkipsExplainingL2tpOverIpsec()
    {
        await using var server = new LoopbackUdpServer(_ => []);

        var finding = await Run(server.Port, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal("3", finding.Evidence["attempts"]);
        Assert.Contains("RFC 3193", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("ike.v1", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal(3, server.Received.Count);
    }

    [Fact]
    public async Task Run_PortUnreachable_SkipsAsRefused()
    {
        int port;
        using (var closed = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
        {
            closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)closed.LocalEndPoint!).Port;
        }

        var finding = await Run(port);

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Refused, finding);
    }

    [Fact]
    public async Task Run_GarbageAnswer_FailsAsMalformed()
    {
        await using var server = new LoopbackUdpServer(_ => [Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.2\r\n")]);

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.StartsWith("5353482d", finding.Evidence["reply"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TruncatedSccrp_FailsAsMalformed()
    {
        await using var server = new LoopbackUdpServer(datagram =>
        {
            var reply = AddressedTo(Sccrp, L2tpMessageParser.Parse(datagram).Value!.AssignedTunnelId!.Value)[..60];
            BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(2), 60);
            return [reply];
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("offset", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SccrpWithoutAssignedTunnel_FailsAsMalformed()
    {
        await using var server = new LoopbackUdpServer(datagram =>
        {
            var reply = AddressedTo(Sccrp, L2tpMessageParser.Parse(datagram).Value!.AssignedTunnelId!.Value);
            reply[^11] = 0x2A;    // the Assigned Tunnel ID AVP (type 9, second to last) becomes an unknown type 42
            return [reply];
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("Assigned Tunnel ID", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_OnlyAnswersForAnotherTunnel_IgnoresThemAndSkips()
    {
        await using var server = new LoopbackUdpServer(_ => [AddressedTo(Sccrp, 0x0001)]);

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1200));

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.NotEqual("0", finding.Evidence["ignored"]);
    }

    private static UdpExchange Udp() => new(TimeProvider.System);

    /// <summary>A recorded reply with its header's Tunnel ID changed to the probe's.</summary>
    private static byte[] AddressedTo(byte[] recorded, ushort tunnelId)
    {
        var reply = recorded.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(4), tunnelId);
        return reply;
    }

    private static async Task<IReadOnlyList<byte[]>> ReceivedAsync(LoopbackUdpServer server, int count)
    {
        for (var i = 0; i < 100 && server.Received.Count < count; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, TestContext.Current.CancellationToken);
        }

        return server.Received;
    }

    private static Task<Finding> Run(int port, TimeSpan? budget = null) =>
        ProbeHarness.RunAsync(new L2tpControlCheck(Udp()), ProbeHarness.Loopback(VpnPorts.Default with { L2tp = port }), budget ?? TimeSpan.FromSeconds(2));
}
