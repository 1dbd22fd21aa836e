using System.Buffers.Binary;
using System.Text;
using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

public sealed class PptpMessagesTests
{
    [Fact]
    public void StartControlConnectionRequest_Built_HasTheRfc2637Layout()
    {
        var request = PptpMessages.StartControlConnectionRequest("vpnbot", "VpnBot diagnostics", firmwareRevision: 1);

        Assert.Equal(156, request.Length);
        Assert.Equal(156, BinaryPrimitives.ReadUInt16BigEndian(request));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(2)));             // control message
        Assert.Equal(0x1A2B3C4Du, BinaryPrimitives.ReadUInt32BigEndian(request.AsSpan(4)));   // magic cookie
        Assert.Equal(1, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(8)));             // SCCRQ
        Assert.Equal(0x0100, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(12)));       // version 1.0
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32BigEndian(request.AsSpan(16)));           // framing
        Assert.Equal(3u, BinaryPrimitives.ReadUInt32BigEndian(request.AsSpan(20)));           // bearer
        Assert.Equal(0, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(24)));            // max channels
        Assert.Equal(1, BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(26)));            // firmware
        Assert.Equal("vpnbot", Encoding.ASCII.GetString(request, 28, 64).TrimEnd('\0'));
        Assert.Equal("VpnBot diagnostics", Encoding.ASCII.GetString(request, 92, 64).TrimEnd('\0'));
    }

    [Fact]
    public void StartControlConnectionRequest_LongName_KeepsATerminatingNul()
    {
        var request = PptpMessages.StartControlConnectionRequest(new string('h', 100), "v", 1);

        Assert.Equal(0, request[28 + 63]);
        Assert.Equal((byte)'h', request[28 + 62]);
    }

    [Fact]
    public void StopControlConnectionRequest_Built_Is16OctetsWithReason1()
    {
        var stop = PptpMessages.StopControlConnectionRequest();

        var parsed = PptpMessageParser.ParseStopControlConnection(stop);
        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(PptpControlMessageType.StopControlConnectionRequest, parsed.Value.Type);
        Assert.Equal(1, parsed.Value.ReasonOrResult);
    }

    [Fact]
    public void OutgoingCallRequest_Built_Is168OctetsWithTheCallId()
    {
        var call = PptpMessages.OutgoingCallRequest(callId: 0x4242, callSerialNumber: 7);

        Assert.Equal(PptpControlMessageType.OutgoingCallRequest, PptpMessageParser.ParseHeader(call).Value);
        Assert.Equal(168, call.Length);
        Assert.Equal(0x4242, BinaryPrimitives.ReadUInt16BigEndian(call.AsSpan(12)));
        Assert.Equal(7, BinaryPrimitives.ReadUInt16BigEndian(call.AsSpan(14)));
        Assert.Equal(64, BinaryPrimitives.ReadUInt16BigEndian(call.AsSpan(32)));             // receive window
    }

    [Fact]
    public void EchoReply_Built_EchoesTheIdentifierWithResultOk()
    {
        var reply = PptpMessages.EchoReply([1, 2, 3, 4]);

        Assert.Equal(PptpControlMessageType.EchoReply, PptpMessageParser.ParseHeader(reply).Value);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, reply[12..16]);
        Assert.Equal(1, reply[16]);
    }

    [Fact]
    public void CallClearRequest_Built_CarriesTheCallId()
    {
        var clear = PptpMessages.CallClearRequest(0x1234);

        Assert.Equal(PptpControlMessageType.CallClearRequest, PptpMessageParser.ParseHeader(clear).Value);
        Assert.Equal(0x1234, BinaryPrimitives.ReadUInt16BigEndian(clear.AsSpan(12)));
    }
}
