using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.DependencyInjection;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Sstp;
using VpnBot.Diagnostics.Runner;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

/// <summary>The SSTP probe and the certificate checks share the run's one TLS connection.</summary>
public sealed class SstpSessionTests
{
    [Fact]
    public async Task Run_SstpAndCertificateChecks_ShareOneTlsConnection()
    {
        await using var server = LoopbackTlsServer.Start(new(), LoopbackTlsServer.Replay(HexFixture.Load("Sstp", "sstp-200.hex")));
        var target = ProbeHarness.Loopback(VpnPorts.Default with { Sstp = server.Port }) with { Protocols = VpnProtocols.Sstp };
        await using var services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddVpnDiagnostics()
            .BuildServiceProvider();
        var runner = services.GetRequiredService<CheckRunner>();
        var plan = runner.Plan(target, id => id == CheckIds.SstpListener || id.StartsWith("cert.", StringComparison.Ordinal));

        var findings = new List<Finding>();
        await foreach (var finding in runner.RunAsync(plan, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
        {
            findings.Add(finding);
        }

        Assert.Equal(1, server.Accepted);
        ProbeHarness.HasStatus(CheckStatus.Pass, Assert.Single(findings, f => f.Check == CheckIds.SstpListener));
        var expiry = Assert.Single(findings, f => f.Check == CheckIds.CertExpiry);
        Assert.Equal("tls", expiry.Evidence["source"]);
        Assert.Equal(ProbeOutcome.Answered, expiry.Evidence[ProbeOutcome.Key]);
        Assert.Contains("daysLeft", expiry.Evidence.Keys);
    }

    [Fact]
    public async Task Run_TlsWithoutHttpAnswer_GivesUpAtAWaitPacedByTheHandshake()
    {
        await using var server = LoopbackTlsServer.Start(new(), async (ssl, ct) => await LoopbackTlsServer.ReadToEndAsync(ssl, ct));
        var target = ProbeHarness.Loopback(VpnPorts.Default with { Sstp = server.Port });

        var finding = await ProbeHarness.RunAsync(new SstpListenerCheck(), target, TimeSpan.FromSeconds(20));

        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", finding.Evidence["stage"]);
        Assert.InRange(long.Parse(finding.Evidence["waitedMs"], System.Globalization.CultureInfo.InvariantCulture), 500, 10_000);
    }
}
