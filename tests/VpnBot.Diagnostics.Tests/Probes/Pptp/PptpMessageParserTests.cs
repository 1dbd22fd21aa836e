using VpnBot.Diagnostics.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Pptp;

public sealed class PptpMessageParserTests
{
    private static readonly byte[] PptpdReply = HexFixture.Load("Pptp", "pptpd-sccrp.hex");

    [Fact]
    public void ParseStartReply_PptpdReply_ReadsWhatTheServerSaysAboutItself()
    {
        var parsed = PptpMessageParser.ParseStartReply(PptpdReply);

        Assert.True(parsed.Ok, parsed.Problem);
        var reply = parsed.Value;
        Assert.True(reply.Ok);
        Assert.Equal(1, reply.ResultCode);
        Assert.Equal(0, reply.ErrorCode);
        Assert.Equal("1.0", reply.Version);
        Assert.Equal("local", reply.HostName);
        Assert.Equal("linux", reply.Vendor);
        Assert.Equal(1, reply.FirmwareRevision);
        Assert.Equal(1, reply.MaximumChannels);
    }

    [Fact]
    public void ParseStopControlConnection_PptpdStopReply_IsAReplyWithResultOk()
    {
        var parsed = PptpMessageParser.ParseStopControlConnection(HexFixture.Load("Pptp", "pptpd-stop-reply.hex"));

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(PptpControlMessageType.StopControlConnectionReply, parsed.Value.Type);
        Assert.Equal(1, parsed.Value.ReasonOrResult);
    }

    [Theory]
    [InlineData(4, 0x00, "magic cookie 0x1A2B3C4E")]   // cookie's last octet
    [InlineData(3, 0x02, "PPTP message type 2")]       // management message
    [InlineData(9, 0x01, "type 1 (StartControlConnectionRequest), expected 2")]
    [InlineData(1, 0x9B, "length field 155")]
    public void ParseStartReply_OneFieldWrong_SaysWhich(int offset, byte value, string expected)
    {
        var bytes = PptpdReply.ToArray();
        if (offset == 4)
        {
            bytes[7] = 0x4E;
        }
        else
        {
            bytes[offset] = value;
        }

        var parsed = PptpMessageParser.ParseStartReply(bytes);

        Assert.False(parsed.Ok);
        Assert.Contains(expected, parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseStartReply_Truncated_Fails()
    {
        var parsed = PptpMessageParser.ParseStartReply(PptpdReply.AsSpan(0, 100));

        Assert.False(parsed.Ok);
    }

    [Fact]
    public void ParseStartReply_ResultNotAuthorized_IsParsedAndNotOk()
    {
        var bytes = PptpdReply.ToArray();
        bytes[14] = 4;

        var parsed = PptpMessageParser.ParseStartReply(bytes);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.False(parsed.Value.Ok);
        Assert.Equal(4, parsed.Value.ResultCode);
    }

    [Fact]
    public void ParseStartReply_ControlCharactersInNames_AreReplaced()
    {
        var bytes = PptpdReply.ToArray();
        bytes[28] = 0x1B;   // ESC at the start of the host name
        bytes[29] = 0x0A;

        var parsed = PptpMessageParser.ParseStartReply(bytes);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal("??cal", parsed.Value.HostName);
    }

    [Fact]
    public void Parsers_FuzzedAndMutatedReplies_NeverThrow()
    {
        var seeds = HexFixture.All("Pptp").Concat(HexFixture.All("Gre").Where(b => b.Length < 100 && b[0] == 0)).ToList();
        var parsed = 0;
        foreach (var bytes in Fuzz.Cases(seed: 2637, seeds, random: 20_000, mutations: 40_000))
        {
            var header = PptpMessageParser.ParseHeader(bytes);
            var start = PptpMessageParser.ParseStartReply(bytes);
            var call = PptpMessageParser.ParseOutgoingCallReply(bytes);
            var notify = PptpMessageParser.ParseCallDisconnectNotify(bytes);
            var stop = PptpMessageParser.ParseStopControlConnection(bytes);

            // A message the parsers accept always has a valid header of its length.
            Assert.True(!start.Ok || (header.Ok && bytes.Length == 156));
            Assert.True(!call.Ok || (header.Ok && bytes.Length == 32));
            Assert.True(!notify.Ok || (header.Ok && bytes.Length == 148));
            Assert.True(!stop.Ok || (header.Ok && bytes.Length == 16));
            Assert.True(header.Ok || header.Problem.Length > 0);
            parsed += start.Ok ? 1 : 0;
        }

        // Mutations that leave a reply intact still parse: the fuzzing reached past the header checks.
        Assert.True(parsed > 100, $"only {parsed} valid replies among the mutations");
    }
}
