using VpnBot.Diagnostics.Probes.Gre;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Gre;

public sealed class GrePacketParserTests
{
    private static readonly byte[] PptpdGre = HexFixture.Load("Gre", "pptpd-gre-lcp.hex");

    /// <summary>The PPP frame the lab's PPP stand-in writes: LCP Configure-Request, identifier 1, Magic-Number 0x12345678.</summary>
    private static readonly byte[] LcpConfigureRequest = Convert.FromHexString("ff03c0210101000a050612345678");

    [Fact]
    public void ParseIPv4_PptpdGre_ReadsCallSequenceAndLcp()
    {
        var parsed = GrePacketParser.ParseIPv4(PptpdGre);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(0x4242, parsed.Value.CallId);
        Assert.Equal(0u, parsed.Value.Sequence);
        Assert.Null(parsed.Value.Acknowledgment);
        Assert.Equal((ushort)0xC021, parsed.Value.PppProtocol);
        Assert.Equal("lcp", parsed.Value.PayloadKind);
        Assert.Equal(LcpConfigureRequest, parsed.Value.Payload);
    }

    [Fact]
    public void LcpConfigureRequest_Built_ParsesBackAsLcpForThePeersCall()
    {
        var packet = GrePackets.LcpConfigureRequest(peerCallId: 0x0080, magicNumber: 0x01020304);

        var parsed = GrePacketParser.Parse(packet);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(0x0080, parsed.Value.CallId);
        Assert.Equal("lcp", parsed.Value.PayloadKind);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, parsed.Value.Payload[^4..]);
    }

    [Fact]
    public void Parse_AcknowledgmentOnly_HasNoPayload()
    {
        // K and A set, no S: an acknowledgment without data (RFC 2637 §4.1).
        var packet = Convert.FromHexString("2081880b00004242" + "00000007");

        var parsed = GrePacketParser.Parse(packet);

        Assert.True(parsed.Ok, parsed.Problem);
        Assert.Equal(7u, parsed.Value.Acknowledgment);
        Assert.Equal("none", parsed.Value.PayloadKind);
    }

    [Theory]
    [InlineData("3000880b000e4242", "version 0")]          // RFC 2784 GRE, not enhanced
    [InlineData("b001880b000e4242", "flags 0xb0")]         // checksum bit
    [InlineData("30010800000e4242", "protocol type 0x0800")]
    [InlineData("3001880b00ff424200000000ff03", "payload length 255")]
    public void Parse_NotPptpGre_SaysWhy(string hex, string expected)
    {
        var parsed = GrePacketParser.Parse(Convert.FromHexString(hex));

        Assert.False(parsed.Ok);
        Assert.Contains(expected, parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseIPv4_NotGre_SaysTheProtocol()
    {
        var udp = PptpdGre.ToArray();
        udp[9] = 17;

        Assert.Contains("IP protocol 17", GrePacketParser.ParseIPv4(udp).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsers_FuzzedAndMutatedPackets_NeverThrow()
    {
        var seeds = new List<byte[]> { PptpdGre, PptpdGre[20..], GrePackets.LcpConfigureRequest(1, 2) };
        var valid = 0;
        foreach (var bytes in Fuzz.Cases(seed: 47, seeds, random: 20_000, mutations: 40_000, maxRandomLength: 120))
        {
            var ip = GrePacketParser.ParseIPv4(bytes);
            var gre = GrePacketParser.Parse(bytes);
            if (ip.Ok)
            {
                valid++;
                Assert.True(ip.Value.Payload.Length == ip.Value.PayloadLength);
                _ = ip.Value.PayloadKind;
            }

            if (gre.Ok)
            {
                _ = gre.Value.PppProtocol;
            }
        }

        Assert.True(valid > 100, $"only {valid} valid packets among the mutations");
    }
}
