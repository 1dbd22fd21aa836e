using System.Net;
using System.Net.Sockets;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

public sealed class PptpControlChannelTests
{
    [Fact]
    public async Task ReadAsync_AfterAReadThatTimedOut_StillReadsTheNextMessage()
    {
        var send = new TaskCompletionSource();
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await send.Task.WaitAsync(ct);
            await socket.SendAsync(HexFixture.Load("Pptp", "pptpd-stop-reply.hex"), ct);
            await LoopbackTcpServer.ReadAsync(socket, 100, ct);
        });
        using var channel = await ConnectAsync(server.Port);

        var first = await channel.ReadAsync(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken);
        send.SetResult();
        var second = await channel.ReadAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(PptpReadStatus.TimedOut, first.Status);
        Assert.Equal(PptpReadStatus.Message, second.Status);
        Assert.Equal(PptpControlMessageType.StopControlConnectionReply, PptpMessageParser.ParseHeader(second.Bytes).Value);
    }

    [Fact]
    public async Task ReadAsync_MessagesBackToBack_ReadsExactlyOneEachTime()
    {
        var stop = HexFixture.Load("Pptp", "pptpd-stop-reply.hex");
        var start = HexFixture.Load("Pptp", "pptpd-sccrp.hex");
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await socket.SendAsync((byte[])[.. start, .. stop], ct);
            await LoopbackTcpServer.ReadAsync(socket, 100, ct);
        });
        using var channel = await ConnectAsync(server.Port);

        var first = await channel.ReadAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        var second = await channel.ReadAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal(start, first.Bytes);
        Assert.Equal(stop, second.Bytes);
    }

    private static async Task<PptpControlChannel> ConnectAsync(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), TestContext.Current.CancellationToken);
        return new PptpControlChannel(socket, TimeProvider.System);
    }
}
