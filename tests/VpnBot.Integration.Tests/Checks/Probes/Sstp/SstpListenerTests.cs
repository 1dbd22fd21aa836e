using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Probes;
using VpnBot.Lab.Testing;
using static VpnBot.Integration.Tests.Checks.Probes.Findings;

namespace VpnBot.Integration.Tests.Checks.Probes.Sstp;

/// <summary>
/// <c>sstp.listener</c> against what listens on 443 here: a web server that is not SSTP, a TLS 1.1 server clients
/// refuse, SoftEther's broken SSTP listener, and a port the firewall drops.
/// </summary>
public sealed class SstpListenerTests(LabFixture lab)
{
    [Fact]
    public async Task SstpListener_OpensslWebServer_FailsAsSilentAfterTls()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.AtTls(lab.Topology.Tls.NotSstp.Endpoint), CheckIds.SstpListener);

        var finding = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", Evidence(finding, "stage"));
        Assert.StartsWith("TLS 1.", Evidence(finding, "tlsVersion"), StringComparison.Ordinal);
        Assert.Equal(["800"], finding.ErrorCodes);
        FirstCause(report, "sstp.listener-down");
    }

    [Fact]
    public async Task SstpListener_ServerOfferingOnlyTls11_FailsAsTlsFailed()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.AtTls(lab.Topology.Tls.Tls11Only.Endpoint), CheckIds.SstpListener);

        var finding = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.TlsFailed, finding);
        Assert.Equal("tls", Evidence(finding, "stage"));
        Assert.False(string.IsNullOrWhiteSpace(Evidence(finding, "reason")));
        FirstCause(report, "sstp.tls-failed");
    }

    [Fact]
    public async Task SstpListener_SoftEtherDebianBuild_FailsAsSilentAfterTls()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.AtTls(lab.Topology.Sstp.BrokenListener), CheckIds.SstpListener);

        var finding = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.Silent, finding);
        Assert.Equal("http", Evidence(finding, "stage"));
        Assert.StartsWith("TLS 1.", Evidence(finding, "tlsVersion"), StringComparison.Ordinal);
        Assert.Equal(["800"], finding.ErrorCodes);
    }

    [Fact]
    public async Task SstpListener_FirewallDropsTcp443_FailsAsNoAnswer()
    {
        var report = await DiagnosticsCore.RunAsync(LabTargets.At(lab.Topology.Ike.Udp500Filtered.Address, LabTargets.Sstp), CheckIds.SstpListener);

        var finding = Single(report, CheckIds.SstpListener);
        HasStatus(CheckStatus.Fail, finding);
        HasOutcome(ProbeOutcome.NoAnswer, finding);
        Assert.Equal("tcp", Evidence(finding, "stage"));
    }
}
