using System.Net.Sockets;
using System.Text;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Sstp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

/// <summary><c>sstp.listener</c> against TLS and TCP peers on 127.0.0.1 that replay recorded answers or misbehave.</summary>
public sealed class SstpListenerCheckTests
{
    [Fact]
    public void Plan_SstpNotOffered_PlansNothing()
    {
        var target = ProbeHarness.Loopback(VpnPorts.Default) with { Protocols = VpnProtocols.Pptp };

        Assert.Empty(new SstpListenerCheck().Plan(target));
    }

    [Fact]
    public async Task Run_SstpAnswer_PassesAndSentWhatAnSstpClientSends()
    {
        var seen = new LoopbackTlsServer.Seen();
        await using var server = LoopbackTlsServer.Start(seen, LoopbackTlsServer.Replay(HexFixture.Load("Sstp", "sstp-200.hex")));

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Pass, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Answered, finding);
        Assert.Equal("200", finding.Evidence["httpStatus"]);
        Assert.Equal("Microsoft-HTTPAPI/2.0", finding.Evidence["server"]);
        Assert.StartsWith("TLS 1.", finding.Evidence["tlsVersion"], StringComparison.Ordinal);
        Assert.StartsWith("TLS_", finding.Evidence["cipher"], StringComparison.Ordinal);
        Assert.Equal(TestCertificate.Name, seen.ServerName);
        Assert.StartsWith("SSTP_DUPLEX_POST /sra_{BA195980-CD49-458b-9E23-C84EE0ADCD75}/ HTTP/1.1\r\n", seen.Request, StringComparison.Ordinal);
        Assert.Contains("Host: vpn.example.local\r\n", seen.Request, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 18446744073709551615\r\n", seen.Request, StringComparison.Ordinal);
        Assert.Contains($"SSTPCORRELATIONID: {finding.Evidence["correlationId"]}\r\n", seen.Request, StringComparison.Ordinal);
        Assert.Empty(finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_SoftEther404Replayed_FailsAsNotAnSstpListener()
    {
        await using var server = LoopbackTlsServer.Start(new(), LoopbackTlsServer.Replay(HexFixture.Load("Sstp", "softether-404.hex")));

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Equal("404", finding.Evidence["httpStatus"]);
        Assert.Equal("Not Found", finding.Evidence["httpReason"]);
        Assert.Equal(["800"], finding.ErrorCodes);
        Assert.Contains("HTTP 404 Not Found", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("reverse proxy", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.En.Contains("/sra_{BA195980-CD49-458b-9E23-C84EE0ADCD75}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WebServer200WithoutTheSstpLength_Warns()
    {
        await using var server = LoopbackTlsServer.Start(new(), LoopbackTlsServer.Replay(HexFixture.Load("Sstp", "openssl-www-200.hex")));

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Warn, finding);
        Assert.Equal("200", finding.Evidence["httpStatus"]);
        Assert.False(finding.Evidence.ContainsKey("contentLength"));
    }

    [Fact]
    public async Task Run_PlainHttpOnThePort_FailsAsTlsFailedWithTheReason()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 5, ct);
            await socket.SendAsync(Encoding.ASCII.GetBytes("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"), ct);
            socket.Shutdown(SocketShutdown.Both);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.TlsFailed, finding);
        Assert.Equal("tls", finding.Evidence["stage"]);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence["reason"]));
        Assert.Contains("\"HTTP/1.1 400 Bad", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("「HTTP/1.1 400 Bad", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("TLS 1.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_TlsPeerStallsMidHandshake_FailsAsSilentWithinTheBudget()
    {
        await using var server = new LoopbackTcpServer(async (socket, ct) =>
        {
            await LoopbackTcpServer.ReadAsync(socket, 5, ct);          // the ClientHello's record header, then nothing
            await LoopbackTcpServer.ReadAsync(socket, 1_000_000, ct);
        });

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1200));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("tls", finding.Evidence["stage"]);
        Assert.Contains("TLS handshake did not complete", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TlsThenNoAnswer_FailsAsSilentWithinTheBudget()
    {
        await using var server = LoopbackTlsServer.Start(new(), LoopbackTlsServer.ReadToEndAsync);

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1500));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", finding.Evidence["stage"]);
        Assert.True(finding.Evidence.ContainsKey("tlsVersion"));
    }

    [Fact]
    public async Task Run_HeadWithoutEnd_FailsAsMalformedWithinTheBudget()
    {
        await using var server = LoopbackTlsServer.Start(new(), async (ssl, ct) =>
        {
            await ssl.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nServer: half\r\n"), ct);
            await ssl.FlushAsync(ct);
            await LoopbackTlsServer.ReadToEndAsync(ssl, ct);
        });

        var finding = await Run(server.Port, TimeSpan.FromMilliseconds(1500));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains("without an end of headers", finding.Evidence["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TenMegabyteHeaderFlood_StopsAtTheLimitAndFailsAsMalformed()
    {
        var sent = 0L;
        await using var server = LoopbackTlsServer.Start(new(), async (ssl, ct) =>
        {
            await ssl.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\n"), ct);
            var line = Encoding.ASCII.GetBytes($"X-Flood: {new string('a', 1000)}\r\n");
            while (sent < 10_000_000)
            {
                await ssl.WriteAsync(line, ct);
                sent += line.Length;
            }
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.Contains($"within {SstpProbe.MaxHeadLength} octets", finding.Evidence["reason"], StringComparison.Ordinal);
        Assert.True(sent < 10_000_000, "the probe read the whole flood");
    }

    [Fact]
    public async Task Run_BinaryGarbageAfterTls_FailsAsMalformed()
    {
        await using var server = LoopbackTlsServer.Start(new(), async (ssl, ct) =>
        {
            await ssl.WriteAsync(new byte[] { 0x10, 0x01, 0x00, 0x0E, 0x00, 0x01, 0x00, 0x01, 0x0D, 0x0A, 0x0D, 0x0A }, ct);
            await LoopbackTlsServer.ReadToEndAsync(ssl, ct);
        });

        var finding = await Run(server.Port);

        ProbeHarness.HasOutcome(ProbeOutcome.Malformed, finding);
        Assert.StartsWith("1001000e", finding.Evidence["reply"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ClosedAfterTlsWithoutAnswer_FailsAsRejected()
    {
        await using var server = LoopbackTlsServer.Start(new(), async (ssl, _) => await ssl.ShutdownAsync());

        var finding = await Run(server.Port);

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Rejected, finding);
        Assert.Contains("closed the connection without answering", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingListens_FailsAsRefused()
    {
        var finding = await Run(LoopbackTcpServer.ClosedPort());

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Refused, finding);
        Assert.Equal("tcp", finding.Evidence["stage"]);
        Assert.Equal(["800"], finding.ErrorCodes);
    }

    [Fact]
    public async Task Run_SynUnanswered_FailsAsNoAnswer()
    {
        using var port = new UnansweredPort();

        var finding = await Run(port.Port, TimeSpan.FromMilliseconds(900));

        ProbeHarness.HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Contains("waitedMs", finding.Evidence.Keys);
    }

    private static Task<Finding> Run(int port, TimeSpan? budget = null) =>
        ProbeHarness.RunAsync(new SstpListenerCheck(), ProbeHarness.Loopback(VpnPorts.Default with { Sstp = port }), budget ?? TimeSpan.FromSeconds(3));
}
