using System.Buffers.Binary;
using VpnBot.Lab.Ike;

namespace VpnBot.Integration.Tests.Lab;

/// <summary>The lab's IKE_SA_INIT initiator: well-formed requests, and a reply parser that survives anything.</summary>
public sealed class IkeSaInitTests
{
    [Fact]
    public void BuildRequest_Modp2048Offer_HeaderAndLengthsAddUp()
    {
        var request = IkeSaInit.BuildRequest([14, 15], 14);

        Assert.Equal(request.Length, (int)BinaryPrimitives.ReadUInt32BigEndian(request.AsSpan(24)));
        Assert.Equal(33, request[16]); // first payload: SA
        Assert.Equal(0x20, request[17]); // IKEv2
        Assert.Equal(34, request[18]); // IKE_SA_INIT
        Assert.Equal(0x08, request[19]); // initiator
        Assert.True(request.AsSpan(8, 8).SequenceEqual(new byte[8])); // no responder SPI yet
    }

    [Fact]
    public void BuildRequest_EcpKeyExchange_Rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => IkeSaInit.BuildRequest([19], 19));

    [Fact]
    public void Parse_InvalidKeNotify_RequestedGroup()
    {
        var reply = Response(notifyType: IkeSaInit.NotifyInvalidKePayload, data: [0, 15]);

        var parsed = IkeSaInit.Parse(reply);

        Assert.Equal(IkeReplyKind.Notify, parsed.Kind);
        Assert.Equal(IkeSaInit.NotifyInvalidKePayload, parsed.NotifyType);
        Assert.Equal(15, parsed.RequestedDhGroup);
    }

    [Fact]
    public void Parse_OwnRequest_UnrecognisedBecauseItIsNoResponse() =>
        Assert.Equal(IkeReplyKind.Unrecognised, IkeSaInit.Parse(IkeSaInit.BuildRequest([14], 14)).Kind);

    [Fact]
    public void Parse_RandomBytesAndMutatedReplies_NeverThrows()
    {
        var random = new Random(20240601);
        byte[][] seeds = [Response(IkeSaInit.NotifyCookie, new byte[24]), Response(IkeSaInit.NotifyInvalidKePayload, [0, 15]), AsResponse(IkeSaInit.BuildRequest([14, 15], 14))];
        for (var i = 0; i < 20_000; i++)
        {
            byte[] datagram;
            if (i % 2 == 0)
            {
                datagram = new byte[random.Next(0, 200)];
                random.NextBytes(datagram);
            }
            else
            {
                datagram = (byte[])seeds[i % seeds.Length].Clone();
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    datagram[random.Next(datagram.Length)] = (byte)random.Next(256);
                }

                datagram = datagram[..random.Next(datagram.Length + 1)];
            }

            _ = IkeSaInit.Parse(datagram);
        }
    }

    private static byte[] Response(int notifyType, byte[] data)
    {
        var message = new byte[28 + 8 + data.Length];
        message[16] = 41; // Notify
        message[17] = 0x20;
        message[18] = 34;
        message[19] = 0x20; // response
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(24), (uint)message.Length);
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(30), (ushort)(8 + data.Length));
        BinaryPrimitives.WriteUInt16BigEndian(message.AsSpan(34), (ushort)notifyType);
        data.CopyTo(message, 36);
        return message;
    }

    private static byte[] AsResponse(byte[] request)
    {
        request[19] = 0x20;
        return request;
    }
}
