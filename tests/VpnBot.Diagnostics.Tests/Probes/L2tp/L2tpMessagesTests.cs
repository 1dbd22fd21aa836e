using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.L2tp;

namespace VpnBot.Diagnostics.Tests.Probes.L2tp;

public sealed class L2tpMessagesTests
{
    [Fact]
    public void StartControlConnectionRequest_Built_HasTheRfc2661HeaderAndAvps()
    {
        var sccrq = L2tpMessages.StartControlConnectionRequest(assignedTunnelId: 0x1234, hostName: "vpnbot");

        Assert.Equal(0xC802, BinaryPrimitives.ReadUInt16BigEndian(sccrq));            // T, L, S, version 2
        Assert.Equal(sccrq.Length, BinaryPrimitives.ReadUInt16BigEndian(sccrq.AsSpan(2)));
        Assert.Equal(new byte[8], sccrq[4..12]);                                         // tunnel, session, Ns, Nr all 0
        var parsed = L2tpMessageParser.Parse(sccrq);
        Assert.True(parsed.Ok, parsed.Problem);
        var message = parsed.Value;
        Assert.Equal((ushort)L2tpMessageType.StartControlConnectionRequest, message.MessageType);
        Assert.Equal("vpnbot", message.HostName);
        Assert.Equal((ushort)0x1234, message.AssignedTunnelId);
        Assert.Equal("1.0", message.ProtocolVersion);
        Assert.Equal([L2tpAvpType.ProtocolVersion, L2tpAvpType.HostName, L2tpAvpType.FramingCapabilities, L2tpAvpType.AssignedTunnelId, L2tpAvpType.ReceiveWindowSize], message.Avps.Select(a => a.Type));
        Assert.All(message.Avps, avp => Assert.True(avp.Mandatory && !avp.Hidden && avp.VendorId == 0));
    }

    [Fact]
    public void StopControlConnectionNotification_Built_GoesToThePeersTunnelWithResult1()
    {
        var stop = L2tpMessages.StopControlConnectionNotification(peerTunnelId: 0x0cb5, assignedTunnelId: 0x1234, ns: 1, nr: 1);

        var message = L2tpMessageParser.Parse(stop).Value!;
        Assert.Equal(0x0cb5, message.TunnelId);
        Assert.Equal(1, message.Ns);
        Assert.Equal(1, message.Nr);
        Assert.Equal((ushort)L2tpMessageType.StopControlConnectionNotification, message.MessageType);
        Assert.Equal((ushort)0x1234, message.AssignedTunnelId);
        Assert.Equal((ushort)1, message.Result?.ResultCode);
    }

    [Fact]
    public void ZeroLengthBody_Built_IsTwelveOctetsAndAnAcknowledgement()
    {
        var zlb = L2tpMessages.ZeroLengthBody(0x306e, ns: 1, nr: 1);

        Assert.Equal(12, zlb.Length);
        Assert.True(L2tpMessageParser.Parse(zlb).Value!.IsZeroLengthBody);
    }
}
