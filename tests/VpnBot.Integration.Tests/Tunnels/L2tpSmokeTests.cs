using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using VpnBot.Lab.Testing;

namespace VpnBot.Integration.Tests.Tunnels;

/// <summary>The L2TP control channel on UDP 1701: xl2tpd answers SCCRQ with SCCRP.</summary>
public sealed class L2tpSmokeTests(LabFixture fixture)
{
    [Fact]
    public async Task Sccrq_VpnPort1701_AnsweredWithSccrp()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        var buffer = new byte[2048];
        SocketReceiveFromResult? received = null;
        for (var attempt = 0; attempt < 3 && received is null; attempt++)
        {
            await socket.SendToAsync(StartControlConnectionRequest(), fixture.Topology.Tunnels.L2tp, cancellationToken);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(1), TimeProvider.System);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
            try
            {
                received = await socket.ReceiveFromAsync(buffer, new IPEndPoint(IPAddress.Any, 0), linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        Assert.NotNull(received);
        var reply = buffer.AsSpan(0, received.Value.ReceivedBytes);
        var flags = BinaryPrimitives.ReadUInt16BigEndian(reply);
        Assert.True((flags & 0xC800) == 0xC800, $"control message with length and sequence fields: {flags:X4}");
        Assert.Equal(2, flags & 0x000F); // L2TP version 2
        Assert.Equal(7, BinaryPrimitives.ReadUInt16BigEndian(reply[4..])); // sent to the tunnel id we assigned
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(reply[16..])); // first AVP: Message Type
        Assert.Equal(2, BinaryPrimitives.ReadUInt16BigEndian(reply[18..])); // SCCRP
    }

    /// <summary>SCCRQ (RFC 2661 §6.1) with the mandatory AVPs: message type, protocol version, framing, host name, tunnel id.</summary>
    private static byte[] StartControlConnectionRequest()
    {
        byte[] avps =
        [
            .. Avp(0, [0, 1]), // Message Type: SCCRQ
            .. Avp(2, [1, 0]), // Protocol Version 1.0
            .. Avp(3, [0, 0, 0, 3]), // Framing Capabilities: sync and async
            .. Avp(7, Encoding.ASCII.GetBytes("lab-probe")), // Host Name
            .. Avp(9, [0, 7]), // Assigned Tunnel ID
        ];
        var message = new byte[12 + avps.Length];
        BinaryPrimitives.WriteUInt16BigEndian(message, 0xC802); // T, L, S bits; version 2
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(2), (ushort)message.Length);
        avps.CopyTo(message, 12); // tunnel 0, session 0, Ns 0, Nr 0
        return message;
    }

    private static byte[] Avp(ushort type, byte[] value)
    {
        var avp = new byte[6 + value.Length];
        BinaryPrimitives.WriteUInt16BigEndian(avp, (ushort)(0x8000 | avp.Length)); // mandatory bit, length
        BinaryPrimitives.WriteUInt16BigEndian(avp.AsSpan(4), type);
        value.CopyTo(avp, 6);
        return avp;
    }
}
