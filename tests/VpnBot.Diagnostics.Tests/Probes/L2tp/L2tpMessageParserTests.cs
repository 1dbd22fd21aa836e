using VpnBot.Diagnostics.Probes.L2tp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.L2tp;

public sealed class L2tpMessageParserTests
{
    private static readonly byte[] Sccrp = HexFixture.Load("L2tp", "xl2tpd-sccrp.hex");

    [Fact]
    public void Parse_Xl2tpdSccrp_ReadsWhatTheServerSaysAboutItself()
    {
        var parsed = L2tpMessageParser.Parse(Sccrp);

        Assert.True(parsed.Ok, parsed.Problem);
        var message = parsed.Value;
        Assert.Equal((ushort)L2tpMessageType.StartControlConnectionReply, message.MessageType);
        Assert.Equal(0x1234, message.TunnelId);
        Assert.Equal(0, message.Ns);
        Assert.Equal(1, message.Nr);
        Assert.Equal("lab-lns", message.HostName);
        Assert.Equal("xelerance.com", message.VendorName);
        Assert.Equal((ushort)0x0cb5, message.AssignedTunnelId);
        Assert.Equal((ushort)0x0690, message.FirmwareRevision);
        Assert.Equal("1.0", message.ProtocolVersion);
        Assert.Equal(0, message.HiddenAvps);
    }

    [Fact]
    public void Parse_Xl2tpdStopCcn_ReadsTheResultErrorAndMessage()
    {
        var message = L2tpMessageParser.Parse(HexFixture.Load("L2tp", "xl2tpd-stopccn.hex")).Value!;

        Assert.Equal((ushort)L2tpMessageType.StopControlConnectionNotification, message.MessageType);
        Assert.Equal((ushort)0x306e, message.AssignedTunnelId);
        Assert.Equal(new L2tpResult(2, 6, "No Authorization"), message.Result);
    }

    [Theory]
    [InlineData("xl2tpd-zlb.hex", 0x7777)]
    [InlineData("xl2tpd-stop-ack.hex", 0x1234)]
    public void Parse_Xl2tpdAcknowledgement_IsAZeroLengthBody(string fixture, int tunnel)
    {
        var message = L2tpMessageParser.Parse(HexFixture.Load("L2tp", fixture)).Value!;

        Assert.True(message.IsZeroLengthBody);
        Assert.Equal(tunnel, message.TunnelId);
    }

    [Fact]
    public void Parse_SccrpWithChallengeAndRandomVector_KeepsEveryAvp()
    {
        var message = L2tpMessageParser.Parse(HexFixture.Load("L2tp", "xl2tpd-sccrp-challenge.hex")).Value!;

        Assert.Equal("lab-lns", message.HostName);
        Assert.Contains(message.Avps, a => a.Type == 11);   // Challenge
        Assert.Contains(message.Avps, a => a.Type == 36);   // Random Vector
    }

    [Fact]
    public void Parse_HiddenVendorName_IsCountedAndNotRead()
    {
        var bytes = Sccrp.ToArray();
        var vendor = Offset(bytes, L2tpAvpType.VendorName);
        bytes[vendor] |= 0x40;

        var message = L2tpMessageParser.Parse(bytes).Value!;

        Assert.Null(message.VendorName);
        Assert.Equal(1, message.HiddenAvps);
        Assert.Equal("lab-lns", message.HostName);
    }

    [Fact]
    public void Parse_HiddenMessageType_IsRejected()
    {
        var bytes = Sccrp.ToArray();
        bytes[12] |= 0x40;

        Assert.Contains("not a readable Message Type", L2tpMessageParser.Parse(bytes).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AvpLongerThanTheMessage_IsRejected()
    {
        var bytes = Sccrp.ToArray();
        bytes[Offset(bytes, L2tpAvpType.AssignedTunnelId) + 1] = 0xFF;

        Assert.Contains("claims", L2tpMessageParser.Parse(bytes).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0x48, "flags")]          // T clear: a data message
    [InlineData(1, 0x03, "version 3")]      // L2TPv3
    [InlineData(3, 0xFF, "length field")]   // longer than the datagram
    public void Parse_HeaderWrong_SaysWhich(int offset, byte value, string expected)
    {
        var bytes = Sccrp.ToArray();
        bytes[offset] = value;

        Assert.Contains(expected, L2tpMessageParser.Parse(bytes).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedSccrp_IsRejected()
    {
        var bytes = Sccrp[..50];
        bytes[3] = 50;

        Assert.False(L2tpMessageParser.Parse(bytes).Ok);
    }

    [Fact]
    public void Parse_FuzzedAndMutatedMessages_NeverThrows()
    {
        var seeds = HexFixture.All("L2tp");
        var valid = 0;
        foreach (var bytes in Fuzz.Cases(seed: 2661, seeds, random: 20_000, mutations: 40_000))
        {
            var parsed = L2tpMessageParser.Parse(bytes);
            if (!parsed.Ok)
            {
                Assert.False(string.IsNullOrEmpty(parsed.Problem));
                continue;
            }

            valid++;
            var message = parsed.Value;
            _ = (message.HostName, message.VendorName, message.AssignedTunnelId, message.FirmwareRevision, message.ProtocolVersion, message.Result, message.HiddenAvps);
            Assert.True(message.HostName is null || message.HostName.Length <= 128);
        }

        Assert.True(valid > 100, $"only {valid} valid messages among the mutations");
    }

    /// <summary>The offset of the first AVP of <paramref name="type"/> in a message.</summary>
    private static int Offset(byte[] message, ushort type)
    {
        var offset = 12;
        while (offset + 6 <= message.Length)
        {
            if (((message[offset + 4] << 8) | message[offset + 5]) == type)
            {
                return offset;
            }

            offset += ((message[offset] & 0x03) << 8) | message[offset + 1];
        }

        throw new InvalidOperationException($"no AVP {type}");
    }
}
