using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Diagnostics.Probes.Sstp;
using VpnBot.Diagnostics.Tests.Probes.Pptp;

namespace VpnBot.Diagnostics.Tests.Probes.Sstp;

/// <summary>
/// <c>sstp.listener</c> against SoftEther. The Debian build here accepts TLS and parses SSTP_DUPLEX_POST to
/// the SSTP URI, then never answers it: its ProtoHandleConnection looks the SSTP handler up through a null
/// pointer (upstream bug fixed in December 2020 by "Cedar/Proto.c: fix crash in ProtoHandleConnection()"),
/// which the compiler turned into an unconditional failure, and the server holds the TLS connection open
/// until the client hangs up. To the probe that is a listener that completes TLS and stays silent.
/// </summary>
public sealed class SoftEtherLabTests(SoftEtherLab softether) : IClassFixture<SoftEtherLab>
{
    [Fact]
    public async Task Run_SoftEtherDebianBuild_FailsAsSilentAfterTls()
    {
        LabNamespace.SkipIf(softether.Unavailable);

        var finding = await SstpLabRun.RunAsync(softether.Lab, 443, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", finding.Evidence["stage"]);
        Assert.StartsWith("TLS 1.", finding.Evidence["tlsVersion"], StringComparison.Ordinal);
        Assert.Equal(["800"], finding.ErrorCodes);
    }
}

/// <summary><c>sstp.listener</c> against openssl s_server: TLS that is not SSTP, and TLS that clients refuse.</summary>
public sealed class OpensslServerLabTests(OpensslServerLab openssl) : IClassFixture<OpensslServerLab>
{
    [Fact]
    public async Task Run_WebServerThatIgnoresTheRequest_FailsAsSilentAfterTls()
    {
        LabNamespace.SkipIf(openssl.Unavailable);

        var finding = await SstpLabRun.RunAsync(openssl.Lab, OpensslServerLab.WwwPort, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", finding.Evidence["stage"]);
    }

    [Fact]
    public async Task Run_ServerOfferingOnlyTls11_FailsAsTlsFailed()
    {
        LabNamespace.SkipIf(openssl.Unavailable);

        var finding = await SstpLabRun.RunAsync(openssl.Lab, OpensslServerLab.Tls11Port, TimeSpan.FromSeconds(2));

        ProbeHarness.HasStatus(CheckStatus.Fail, finding);
        ProbeHarness.HasOutcome(ProbeOutcome.TlsFailed, finding);
        Assert.Equal("tls", finding.Evidence["stage"]);
        Assert.False(string.IsNullOrWhiteSpace(finding.Evidence["reason"]));
    }
}

internal static class SstpLabRun
{
    public static Task<Finding> RunAsync(LabNamespace lab, int port, TimeSpan budget) =>
        ProbeHarness.RunAsync(new SstpListenerCheck(), ProbeHarness.Target(lab.ServerAddress, VpnPorts.Default with { Sstp = port }), budget);
}
