using System.Buffers.Binary;
using System.Net;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Gre;
using VpnBot.Diagnostics.Probes.Pptp;
using VpnBot.Diagnostics.Tests.Dns.Wire;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Gre;

/// <summary>
/// <c>gre.path</c> against a scripted PPTP server on 127.0.0.1 that replays pptpd's replies and sends GRE
/// from a raw socket (so these tests need root, as the probe does), for what real pptpd never does: GRE for
/// another call, a busy or cleared call, Echo-Requests, silence, garbage. Real pptpd carrying GRE, GRE dropped on
/// the path, a call pptpd drops and a refused control connection are tested against the lab
/// (tests/VpnBot.Integration.Tests/Checks/Probes/Gre).
/// </summary>
public sealed class GrePathCheckTests
{
    private static readonly byte[] Sccrp = HexFixture.Load("Pptp", "pptpd-sccrp.hex");
    private static readonly byte[] Ocrp = HexFixture.Load("Gre", "pptpd-ocrp.hex");

    [Fact]
    public void Plan_PptpNotOffered_PlansNothing()
    {
        var target = ProbeHarness.Loopback(VpnPorts.Default) with { Protocols = VpnProtocols.Sstp };

        Assert.Empty(new GrePathCheck().Plan(target));
    }

    [Fact]
    public async Task Run_GreOnlyForAnotherCall_FailsWith806AndCountsTheStranger()
    {
        SkipUnlessRoot();
        await using var server = Server(async (socket, call, ct) =>
        {
            await socket.SendAsync(Reply(call), ct);
            SendGre((ushort)(call ^ 0x5555));
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1200));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal(["806", "619"], finding.ErrorCodes);
        Assert.NotEqual("0", finding.Evidence["greIgnored"]);
    }

    [Fact]
    public async Task Run_CallAnsweredBusy_ErrorsWithTheResult()
    {
        SkipUnlessRoot();
        await using var server = Server(async (socket, call, ct) =>
        {
            var busy = Reply(call);
            busy[16] = 4;
            await socket.SendAsync(busy, ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("refused", finding.Evidence["callState"]);
        Assert.Equal("4", finding.Evidence["callResult"]);
        Assert.Contains("(busy)", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("話し中", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_CallClearedByDisconnectNotify_ErrorsAsCleared()
    {
        SkipUnlessRoot();
        await using var server = Server(async (socket, call, ct) =>
        {
            await socket.SendAsync(Reply(call), ct);
            await socket.SendAsync(CallDisconnectNotify(callId: 0, result: 3), ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        Assert.Equal("cleared", finding.Evidence["callState"]);
        Assert.Equal("3", finding.Evidence["callResult"]);
    }

    [Fact]
    public async Task Run_EchoRequestWhileWaiting_IsAnsweredAndTheCallStillCounts()
    {
        SkipUnlessRoot();
        byte[]? echoReply = null;
        await using var server = Server(async (socket, call, ct) =>
        {
            await socket.SendAsync(EchoRequest(0x01020304), ct);
            echoReply = await LoopbackTcpServer.ReadAsync(socket, 20, ct);
            await socket.SendAsync(Reply(call), ct);
            SendGre(call);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        Assert.NotNull(echoReply);
        Assert.Equal(PptpControlMessageType.EchoReply, PptpMessageParser.ParseHeader(echoReply).Value);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, echoReply[12..16]);
    }

    [Fact]
    public async Task Run_NoReplyToTheCall_ErrorsWithinTheBudget()
    {
        SkipUnlessRoot();
        await using var server = Server(async (socket, _, ct) => await LoopbackTcpServer.ReadAsync(socket, 100_000, ct));

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1000));

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("no-reply", finding.Evidence["callState"]);
    }

    [Fact]
    public async Task Run_NoReplyToTheCall_ReportsTheTimeWaitedNotTheTimeLeft()
    {
        SkipUnlessRoot();
        var time = new FakeTimeProvider();
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = Server(async (socket, _, ct) =>
        {
            requested.TrySetResult();
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var run = Run(server.Port, time, TimeSpan.FromSeconds(2));
        await requested.Task.WaitAsync(TestContext.Current.CancellationToken);
        while (!run.IsCompleted)
        {
            // The fake clock moves only here: the probe's waits end when it passes their end.
            time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, TestContext.Current.CancellationToken));
        }

        var finding = await run;

        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        var waited = long.Parse(finding.Evidence["waitedMs"], CultureInfo.InvariantCulture);
        // A 2 s budget gives the call's reply 1675 ms on the fake clock (2000 less 300 for the goodbye and
        // 25 kept back), requested at 0: what was left of the budget would read about 0.
        Assert.True(waited >= 1675, $"waitedMs {waited}");
        Assert.Contains($"within {waited} ms", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ControlClosedBeforeTheCallReply_ReportsTheTimeSpentAndNoAcceptedCall()
    {
        SkipUnlessRoot();
        var time = new FakeTimeProvider();
        await using var server = Server((socket, _, _) =>
        {
            socket.Shutdown(SocketShutdown.Both);
            return Task.CompletedTask;
        });

        // The clock never moves, so no time was spent: what was left of the budget would read 1675.
        var finding = await Run(server.Port, time, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        Assert.Equal("closed", finding.Evidence["callState"]);
        Assert.Equal("0", finding.Evidence["closedAfterMs"]);
        Assert.Contains("closed the control connection 0 ms after the test call was requested", finding.Summary.En, StringComparison.Ordinal);
        Assert.DoesNotContain("accepted", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_GarbledCallReply_ErrorsAsMalformed()
    {
        SkipUnlessRoot();
        await using var server = Server(async (socket, call, ct) =>
        {
            var garbled = Reply(call)[..24];
            BinaryPrimitives.WriteUInt16BigEndian(garbled, 24);
            await socket.SendAsync(garbled, ct);
            await LoopbackTcpServer.ReadAsync(socket, 100_000, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Error, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("not 32", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoPptpServer_SkipsPointingAtPptpControl()
    {
        SkipUnlessRoot();

        var finding = await Run(LoopbackTcpServer.ClosedPort());

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
        Assert.Equal(ProbeOutcome.Refused, finding.Evidence["control"]);
        Assert.Contains("pptp.control", finding.Summary.En, StringComparison.Ordinal);
        Assert.False(finding.Evidence.ContainsKey(ProbeOutcome.Key));
    }

    [Fact]
    public async Task Run_NoAddressToDial_SkipsWithoutAnOutcome()
    {
        // The only DNS server denies the name, so there is no address and nothing goes on the wire.
        await using var dns = FakeDnsServer.Start(new TestZone("example.local"));
        var target = new CheckTarget { Name = "lab", Fqdn = "vpn.example.local", InternalDns = [dns.EndPoint], Protocols = VpnProtocols.Pptp };

        var finding = await ProbeHarness.RunAsync(new GrePathCheck(), target, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Skip, finding);
        Assert.Contains("did not resolve to an address", finding.Summary.En, StringComparison.Ordinal);
        Assert.False(finding.Evidence.ContainsKey(ProbeOutcome.Key));
    }

    [Fact]
    public void RawIpSocket_ProtocolTheKernelRejects_SaysWhyInsteadOfThrowing()
    {
        var socket = RawIpSocket.Open(AddressFamily.InterNetwork, 300, out var reason);

        Assert.Null(socket);
        Assert.False(string.IsNullOrEmpty(reason));
    }

    /// <summary>Skips without root, as a probe without a raw socket does; under CI (CI=true) that is a failure.</summary>
    private static void SkipUnlessRoot()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return;
        }

        const string Reason = "sending and receiving GRE needs a raw socket (root)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.Skip(Reason);
    }

    /// <summary>A PPTP server that answers the SCCRQ with pptpd's reply, reads the call request and hands its Call ID to <paramref name="call"/>.</summary>
    private static LoopbackTcpServer Server(Func<Socket, ushort, CancellationToken, Task> call) => new(async (socket, ct) =>
    {
        await LoopbackTcpServer.ReadAsync(socket, 156, ct);
        await socket.SendAsync(Sccrp, ct);
        var request = await LoopbackTcpServer.ReadAsync(socket, 168, ct);
        Assert.Equal(PptpControlMessageType.OutgoingCallRequest, PptpMessageParser.ParseHeader(request).Value);
        await call(socket, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(12)), ct);
    });

    /// <summary>pptpd's Outgoing-Call-Reply, addressed to the probe's call.</summary>
    private static byte[] Reply(ushort call)
    {
        var reply = Ocrp.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(reply.AsSpan(14), call);
        return reply;
    }

    private static byte[] CallDisconnectNotify(ushort callId, byte result)
    {
        var notify = new byte[148];
        Ocrp.AsSpan(0, 12).CopyTo(notify);
        BinaryPrimitives.WriteUInt16BigEndian(notify, 148);
        BinaryPrimitives.WriteUInt16BigEndian(notify.AsSpan(8), (ushort)PptpControlMessageType.CallDisconnectNotify);
        BinaryPrimitives.WriteUInt16BigEndian(notify.AsSpan(12), callId);
        notify[14] = result;
        return notify;
    }

    private static byte[] EchoRequest(uint identifier)
    {
        var echo = new byte[16];
        Ocrp.AsSpan(0, 12).CopyTo(echo);
        BinaryPrimitives.WriteUInt16BigEndian(echo, 16);
        BinaryPrimitives.WriteUInt16BigEndian(echo.AsSpan(8), (ushort)PptpControlMessageType.EchoRequest);
        BinaryPrimitives.WriteUInt32BigEndian(echo.AsSpan(12), identifier);
        return echo;
    }

    private static void SendGre(ushort call)
    {
        using var raw = RawIpSocket.Open(AddressFamily.InterNetwork, GrePacketParser.IpProtocol, out var reason) ?? throw new InvalidOperationException(reason);
        raw.SendTo(GrePackets.LcpConfigureRequest(call, 0x12345678), new IPEndPoint(IPAddress.Loopback, 0));
    }

    private static Task<Finding> Run(int port, TimeSpan? budget = null) =>
        ProbeHarness.RunAsync(new GrePathCheck(), ProbeHarness.Loopback(VpnPorts.Default with { Pptp = port }), budget ?? TimeSpan.FromSeconds(2));

    /// <summary>Runs the probe on <paramref name="time"/>, so the times it reports follow that clock alone.</summary>
    private static async Task<Finding> Run(int port, TimeProvider time, TimeSpan budget)
    {
        var target = ProbeHarness.Loopback(VpnPorts.Default with { Pptp = port });
        var unit = Assert.Single(new GrePathCheck().Plan(target));
        return await unit.Run(CheckContext.Create(target, time, budget, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
    }
}
