using System.Text;
using VpnBot.Diagnostics.Probes.Sstp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

public sealed class HttpResponseHeadParserTests
{
    [Fact]
    public void Parse_SstpAnswer_ReadsStatusAndTheEndlessContentLength()
    {
        var head = Parse(HexFixture.Load("Sstp", "sstp-200.hex"));

        Assert.Equal("HTTP/1.1", head.Version);
        Assert.Equal(200, head.StatusCode);
        Assert.Equal("OK", head.Reason);
        Assert.Equal(SstpRequest.EndlessContentLength, head.Header("content-length"));
        Assert.Equal("Microsoft-HTTPAPI/2.0", head.Header("Server"));
    }

    [Fact]
    public void Parse_SoftEther404WithItsBody_StopsAtTheEndOfHeaders()
    {
        var bytes = HexFixture.Load("Sstp", "softether-404.hex");

        var end = HttpResponseHeadParser.FindEnd(bytes);
        var head = Parse(bytes);

        Assert.True(end > 0 && end < bytes.Length);
        Assert.Equal(404, head.StatusCode);
        Assert.Equal("Not Found", head.Reason);
        Assert.Equal("Keep-Alive", head.Header("Connection"));
        Assert.Null(head.Header("Server"));
        Assert.Equal(5, head.Headers.Count);
    }

    [Fact]
    public void Parse_SoftEther403_IsForbidden()
    {
        Assert.Equal(403, Parse(HexFixture.Load("Sstp", "softether-403.hex")).StatusCode);
    }

    [Fact]
    public void Parse_OpensslWww200_IsHttp10WithoutTheSstpLength()
    {
        var head = Parse(HexFixture.Load("Sstp", "openssl-www-200.hex"));

        Assert.Equal("HTTP/1.0", head.Version);
        Assert.Equal(200, head.StatusCode);
        Assert.Equal("ok", head.Reason);
        Assert.Null(head.Header("Content-Length"));
        Assert.Equal("text/html", head.Header("content-type"));
    }

    [Fact]
    public void Parse_BareLineFeedsAndFoldedHeader_AreAccepted()
    {
        var head = Parse(Encoding.ASCII.GetBytes("HTTP/1.1 502 Bad Gateway\nServer: nginx\nX-Note: one\n two\n\n"));

        Assert.Equal(502, head.StatusCode);
        Assert.Equal("nginx", head.Header("server"));
        Assert.Equal("one two", head.Header("X-Note"));
    }

    [Fact]
    public void Parse_StatusWithoutReason_IsAccepted()
    {
        var head = Parse(Encoding.ASCII.GetBytes("HTTP/1.1 200\r\n\r\n"));

        Assert.Equal(200, head.StatusCode);
        Assert.Equal(string.Empty, head.Reason);
    }

    [Theory]
    [InlineData("HTTP/1.1 2000 OK\r\n\r\n", "status code")]
    [InlineData("HTTP/2 200\r\n\r\n", "not HTTP/1.x")]
    [InlineData("SSH-2.0-OpenSSH\r\n\r\n", "not HTTP/1.x")]
    [InlineData("HTTP/1.1 099 Low\r\n\r\n", "status code")]
    [InlineData("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "not \"name: value\"")]
    [InlineData("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "not \"name: value\"")]
    [InlineData("HTTP/1.1 200 OK\r\n folded first\r\n\r\n", "continuation")]
    [InlineData("HTTP/1.1 200 OK\r\nServer: x\r\n", "no end of headers")]
    [InlineData("\r\n\r\n", "not HTTP/1.x")]
    public void Parse_NotAnHttpHead_SaysWhy(string text, string expected)
    {
        var parsed = HttpResponseHeadParser.Parse(Encoding.Latin1.GetBytes(text));

        Assert.False(parsed.Ok);
        Assert.Contains(expected, parsed.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ControlCharactersInAHeader_AreReplaced()
    {
        var head = Parse(Encoding.Latin1.GetBytes("HTTP/1.1 403 Forbidden\r\nServer: evil\u001b[31m\r\n\r\n"));

        Assert.Equal("evil?[31m", head.Header("Server"));
    }

    [Fact]
    public void Parse_TooManyHeaders_IsRejected()
    {
        var text = "HTTP/1.1 200 OK\r\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"X-{i}: v\r\n")) + "\r\n";

        Assert.Contains("more than 100 headers", HttpResponseHeadParser.Parse(Encoding.ASCII.GetBytes(text)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FuzzedAndMutatedHeads_NeverThrows()
    {
        var seeds = HexFixture.All("Sstp").Select(b => b[..HttpResponseHeadParser.FindEnd(b)]).ToList();
        var valid = 0;
        foreach (var bytes in Fuzz.Cases(seed: 9112, seeds, random: 20_000, mutations: 40_000, maxRandomLength: 400).Concat(Floods(seed: 443, count: 2_000)))
        {
            _ = HttpResponseHeadParser.FindEnd(bytes);
            var parsed = HttpResponseHeadParser.Parse(bytes);
            if (parsed.Ok)
            {
                valid++;
                Assert.InRange(parsed.Value.StatusCode, 100, 599);
                Assert.True(parsed.Value.Headers.Count <= HttpResponseHeadParser.MaxHeaders);
                Assert.All(parsed.Value.Headers, h => Assert.DoesNotContain(h.Value, c => c < ' '));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(parsed.Problem));
            }
        }

        Assert.True(valid > 100, $"only {valid} valid heads among the mutations");
    }

    /// <summary>Heads built from random header lines: long values, odd characters, bare LF, folding, huge counts.</summary>
    private static IEnumerable<byte[]> Floods(int seed, int count)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"HTTP/1.{rng.Next(2)} {rng.Next(90, 610)} R\r\n");
            var lines = rng.Next(0, 150);
            for (var line = 0; line < lines; line++)
            {
                var value = new string((char)rng.Next(0, 256), rng.Next(0, 200));
                text.Append(rng.Next(10) == 0 ? " " : $"X-{line}: ").Append(value).Append(rng.Next(4) == 0 ? "\n" : "\r\n");
            }

            text.Append("\r\n");
            yield return Encoding.Latin1.GetBytes(text.ToString());
        }
    }

    private static HttpResponseHead Parse(byte[] bytes)
    {
        var parsed = HttpResponseHeadParser.Parse(bytes);
        Assert.True(parsed.Ok, parsed.Problem);
        return parsed.Value;
    }
}
