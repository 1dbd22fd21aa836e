using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Dns;
using VpnBot.Lab.Testing;
using VpnBot.Lab.Topology;

namespace VpnBot.Integration.Tests.Cli;

/// <summary>
/// <c>vpnbot check --json</c> as its own process against the lab: the real exit status, the real JSON report,
/// the real network. The internal servers are always given (<c>--dns</c>) so no question leaves for this
/// machine's own resolver.
/// </summary>
/// <remarks>
/// The certificate runs give the PEM file a lab TLS endpoint presents (<c>--cert</c>) rather than dialling it with
/// SSTP offered: <c>openssl s_server</c> serves one connection at a time, and the sstp.listener probe, which it does
/// not answer, holds that connection while the certificate fetch waits behind it.
/// </remarks>
public sealed class CheckCommandTests(LabFixture fixture)
{
    [Fact]
    public async Task Vpnbot_HealthyInternalName_ExitStatusMatchesTheJsonStatus()
    {
        var lab = fixture.Topology;
        var name = lab.Dns.Scenarios.Healthy.Name;

        var run = await VpnbotProcess.RunAsync([.. Check(name), "--protocols", "ikev2,l2tp", "--json"]);

        var report = ReportContract.Verify(run, name);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("ok", report.Text("status"));
        foreach (var server in new[] { lab.Dns.Primary, lab.Dns.Secondary })
        {
            var resolve = report.Finding(CheckIds.DnsResolve, server.Endpoint.ToString());
            Assert.Equal("pass", resolve.Text("status"));
            Assert.Equal(lab.Vpn.Address.ToString(), resolve.Evidence(DnsEvidence.Addresses));
            Assert.Equal("pass", report.Finding(CheckIds.DnsAuthority, server.Endpoint.ToString()).Text("status"));
        }

        Assert.Equal("pass", Assert.Single(report.Findings(CheckIds.DnsConsistency)).Text("status"));
        Assert.Equal("pass", Assert.Single(report.Findings(CheckIds.IkeV2)).Text("status"));
        Assert.Empty(report.Diagnosis());
    }

    [Fact]
    public async Task Vpnbot_NameOnlyThePrimaryHas_ExitsTwoWithReplicationDiagnosedFirstAs868()
    {
        var lab = fixture.Topology;
        var lag = lab.Dns.Scenarios.ReplicationLag;

        var run = await VpnbotProcess.RunAsync([.. Check(lag.AddedName), "--address", lab.Vpn.Address.ToString(), "--protocols", "ikev2", "--json"]);

        var report = ReportContract.Verify(run, lag.AddedName);
        Assert.True(run.ExitCode == 2, run.ToString());
        var consistency = Assert.Single(report.Findings(CheckIds.DnsConsistency));
        Assert.Equal("fail", consistency.Text("status"));
        Assert.Equal(lab.Dns.Secondary.Endpoint.ToString(), consistency.Evidence(DnsEvidence.Behind));
        var cause = report.Diagnosis()[0];
        Assert.Equal("dns.secondary-stale", cause.Text("id"));
        Assert.Contains("868", cause.Strings("errorCodes"));
        Assert.Contains(CheckIds.DnsConsistency, cause.Strings("checks"));
        Assert.NotEmpty(cause.Strings("remediation"));
    }

    [Fact]
    public async Task Vpnbot_CertificateOfTheWrongNameEndpoint_ExitsTwoWith13801DiagnosedFirst()
    {
        var lab = fixture.Topology;
        var wrongName = lab.Tls.WrongName;

        var run = await VpnbotProcess.RunAsync(
        [
            .. Check(lab.Tls.ServerName), "--address", lab.Vpn.Address.ToString(), "--protocols", "ikev2",
            "--cert", wrongName.CertificateFile, "--ca", lab.Tls.CaCertificateFile, "--json",
        ]);

        var report = ReportContract.Verify(run, lab.Tls.ServerName);
        Assert.True(run.ExitCode == 2, run.ToString());
        var name = report.Finding(CheckIds.CertName, wrongName.CertificateFile);
        Assert.Equal("fail", name.Text("status"));
        Assert.Equal(string.Join(", ", wrongName.DnsNames), name.Evidence("dnsSans"));
        Assert.Equal("pass", report.Finding(CheckIds.CertChain, wrongName.CertificateFile).Text("status"));
        var cause = report.Diagnosis()[0];
        Assert.Equal("cert.name-mismatch", cause.Text("id"));
        Assert.Equal("13801", cause.Strings("errorCodes")[0]);
    }

    [Fact]
    public async Task Vpnbot_SilentDnsServerWithATwoSecondDeadline_EndsByItselfWithTimeoutFindings()
    {
        var lab = fixture.Topology;
        var name = lab.Dns.Scenarios.Healthy.Name;
        var silent = lab.Dns.Silent.Endpoint.ToString();

        var run = await VpnbotProcess.RunAsync(
            "check", name, "--dns", silent, "--address", lab.Vpn.Address.ToString(), "--protocols", "ikev2", "--deadline", "2s", "--json");

        var report = ReportContract.Verify(run, name);
        var resolve = report.Finding(CheckIds.DnsResolve, silent);
        Assert.Equal("fail", resolve.Text("status"));
        Assert.Equal(DnsRcode.Timeout, resolve.Evidence(DnsEvidence.Rcode));
        Assert.Equal(DnsRcode.Timeout, report.Finding(CheckIds.DnsAuthority, silent).Evidence(DnsEvidence.Rcode));
        // The probes aimed at the healthy server finish inside the same deadline.
        Assert.Equal("pass", Assert.Single(report.Findings(CheckIds.IkeV2)).Text("status"));
        Assert.Equal("dns.servers-unanswering", report.Diagnosis()[0].Text("id"));
    }

    [Fact]
    public async Task Vpnbot_LangJa_SummariesAndDiagnosisInJapaneseWithTheContractInEnglish()
    {
        var lab = fixture.Topology;
        var lag = lab.Dns.Scenarios.ReplicationLag;

        var run = await VpnbotProcess.RunAsync(
            [.. Check(lag.AddedName), "--address", lab.Vpn.Address.ToString(), "--protocols", "ikev2", "--json", "--lang", "ja"]);

        var report = ReportContract.Verify(run, lag.AddedName);
        Assert.Equal("critical", report.Text("status"));
        Assert.All(report.GetProperty("findings").EnumerateArray(), f => Assert.True(ReportContract.IsJapanese(f.Text("summary")), f.Text("summary")));
        var cause = report.Diagnosis()[0];
        Assert.Equal("dns.secondary-stale", cause.Text("id"));
        Assert.True(ReportContract.IsJapanese(cause.Text("title")), cause.Text("title"));
        Assert.True(ReportContract.IsJapanese(cause.Text("explanation")), cause.Text("explanation"));
        Assert.All(cause.Strings("remediation"), step => Assert.True(ReportContract.IsJapanese(step), step));
        // Ids, statuses, evidence keys and values stay as scripts expect them.
        var consistency = Assert.Single(report.Findings(CheckIds.DnsConsistency));
        Assert.Equal("fail", consistency.Text("status"));
        Assert.Equal(lab.Dns.Secondary.Endpoint.ToString(), consistency.Evidence(DnsEvidence.Behind));
    }

    [Fact]
    public async Task Vpnbot_LangEn_NoJapaneseInTheReport()
    {
        var lab = fixture.Topology;
        var lag = lab.Dns.Scenarios.ReplicationLag;

        var run = await VpnbotProcess.RunAsync(
            [.. Check(lag.AddedName), "--address", lab.Vpn.Address.ToString(), "--protocols", "ikev2", "--json", "--lang", "en"]);

        ReportContract.Verify(run, lag.AddedName);
        Assert.False(ReportContract.IsJapanese(run.Out), run.ToString());
    }

    /// <summary><c>check NAME --dns PRIMARY --dns SECONDARY</c>.</summary>
    private string[] Check(string name)
    {
        DnsTopology dns = fixture.Topology.Dns;
        return ["check", name, "--dns", dns.Primary.Endpoint.ToString(), "--dns", dns.Secondary.Endpoint.ToString()];
    }
}
