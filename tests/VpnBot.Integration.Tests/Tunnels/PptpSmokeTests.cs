using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Tunnels;

/// <summary>The PPTP control channel on TCP 1723: accepted and answered on the VPN, refused behind the firewall.</summary>
public sealed class PptpSmokeTests(LabFixture fixture)
{
    [Fact]
    public async Task Connect_VpnPort1723_StartControlConnectionReplyWithResultOk()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = new TcpClient();
        await client.ConnectAsync(fixture.Topology.Tunnels.Pptp, cancellationToken);
        var stream = client.GetStream();

        await stream.WriteAsync(StartControlConnectionRequest(), cancellationToken);
        var reply = new byte[156];
        await stream.ReadExactlyAsync(reply, cancellationToken);

        Assert.Equal(0x1A2B3C4Du, BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(4)));
        Assert.Equal(2, BinaryPrimitives.ReadUInt16BigEndian(reply.AsSpan(8))); // Start-Control-Connection-Reply
        Assert.Equal(1, reply[14]); // result code 1: channel established
    }

    [Fact]
    public async Task Connect_Port1723BehindTheFirewall_ConnectionRefused()
    {
        using var client = new TcpClient();

        var refused = await Assert.ThrowsAsync<SocketException>(
            async () => await client.ConnectAsync(fixture.Topology.Tunnels.PptpRejected, TestContext.Current.CancellationToken));

        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    /// <summary>Start-Control-Connection-Request (RFC 2637 §2.1), 156 bytes.</summary>
    private static byte[] StartControlConnectionRequest()
    {
        var message = new byte[156];
        BinaryPrimitives.WriteUInt16BigEndian(message, 156);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), 1); // control message
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(4), 0x1A2B3C4D); // magic cookie
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(8), 1); // Start-Control-Connection-Request
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(12), 0x0100); // protocol version 1.0
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(16), 1); // framing: asynchronous
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(20), 1); // bearer: analog
        Encoding.ASCII.GetBytes("lab-probe").CopyTo(message, 28);
        return message;
    }
}
