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
/// Certificate runs dial the lab's TLS endpoints with SSTP offered, as an administrator would: <c>openssl s_server</c>
/// serves one connection at a time, which is all a run needs, since sstp.listener and the certificate checks share one
/// TLS session.
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
    public async Task Vpnbot_WrongNameEndpointOverTls_ExitsTwoWith13801DiagnosedFirst()
    {
        var lab = fixture.Topology;
        var wrongName = lab.Tls.WrongName;

        var run = await VpnbotProcess.RunAsync(
        [
            .. Check(lab.Tls.ServerName), "--address", wrongName.Address.ToString(), "--protocols", "sstp",
            "--ca", lab.Tls.CaCertificateFile, "--json",
        ]);

        var report = ReportContract.Verify(run, lab.Tls.ServerName);
        Assert.True(run.ExitCode == 2, run.ToString());
        var subject = $"{lab.Tls.ServerName}:{wrongName.Endpoint.Port}";
        var name = report.Finding(CheckIds.CertName, subject);
        Assert.Equal("fail", name.Text("status"));
        Assert.Equal("tls", name.Evidence("source"));
        Assert.Equal(wrongName.Endpoint.ToString(), name.Evidence("endpoint"));
        Assert.Equal(string.Join(", ", wrongName.DnsNames), name.Evidence("dnsSans"));
        Assert.Equal("pass", report.Finding(CheckIds.CertChain, subject).Text("status"));
        Assert.Equal("pass", report.Finding(CheckIds.CertRevocation, subject).Text("status"));
        // s_server is no SSTP listener; the certificate is still read from the same TLS session.
        Assert.Equal("fail", report.Finding(CheckIds.SstpListener, subject).Text("status"));
        var cause = report.Diagnosis()[0];
        Assert.Equal("cert.name-mismatch", cause.Text("id"));
        Assert.Equal("13801", cause.Strings("errorCodes")[0]);
    }

    [Fact]
    public async Task Vpnbot_HealthyVpnEveryProtocolWithTheLabCa_EveryCertificateCheckPassesAndOnlySstpFails()
    {
        var lab = fixture.Topology;
        var name = lab.Vpn.Name;

        var run = await VpnbotProcess.RunAsync(
        [
            .. Check(name), "--resolver", lab.Dns.Resolver.Endpoint.ToString(), "--expect-address", lab.Vpn.Address.ToString(),
            "--protocols", "ikev2,l2tp,sstp,pptp", "--ca", lab.Tls.CaCertificateFile, "--json",
        ]);

        var report = ReportContract.Verify(run, name);
        string[] certificateChecks = [CheckIds.CertExpiry, CheckIds.CertName, CheckIds.CertChain, CheckIds.CertEku, CheckIds.CertRevocation];
        foreach (var check in certificateChecks)
        {
            var finding = Assert.Single(report.Findings(check));
            Assert.True(finding.Text("status") == "pass", $"{check}: {finding}");
            Assert.Equal(lab.Tls.Vpn.Endpoint.ToString(), finding.Evidence("endpoint"));
        }

        var revocation = Assert.Single(report.Findings(CheckIds.CertRevocation));
        Assert.Equal(string.Join(" ", lab.Tls.Vpn.CrlUrls), revocation.Evidence("cdp"));
        Assert.Equal(string.Join(" ", lab.Tls.Vpn.OcspUrls), revocation.Evidence("ocsp"));
        Assert.Equal("--ca", Assert.Single(report.Findings(CheckIds.CertChain)).Evidence("trustedBy"));

        var notPassing = report.GetProperty("findings").EnumerateArray()
            .Where(f => f.Text("status") != "pass")
            .Select(f => $"{f.Text("check")} {f.Text("status")}")
            .Order(StringComparer.Ordinal);
        // No SSTP server exists for this machine (TlsTopology.SstpUnavailableReason); the internal name has no public
        // view to compare, so without --external-dns split-horizon and TTL are skipped for lack of that input.
        Assert.Equal(["dns.split-horizon skip", "dns.ttl skip", "sstp.listener fail"], notPassing);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal(["sstp.listener-down"], report.Diagnosis().Select(c => c.Text("id")));
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
