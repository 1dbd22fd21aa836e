using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasConfig;

public sealed class RrasConfigVerdictTests
{
    [Fact]
    public void Judge_InstalledWithValidSstpCertificate_PassesNamingTheBinding()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-vpn-installed.json"));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(CheckIds.RrasConfig, finding.Check);
        Assert.Equal(Targets.Machine, finding.Subject);
        Assert.Contains("026473714A33B0CAC611DDB21BC28F5BDC74EB16", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("2026-03-31", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal("Installed", finding.Evidence["vpnStatus"]);
        Assert.Equal("10.20.30.100 - 10.20.30.199", finding.Evidence["ipAddressRanges"]);
        Assert.Equal("026473714A33B0CAC611DDB21BC28F5BDC74EB16", finding.Evidence["sslCertificateThumbprint"]);
        Assert.Equal(FixedPowerShell.Command, finding.Evidence["source"]);
        Assert.Equal("2350", finding.Evidence["elapsedMs"]);
    }

    [Fact]
    public void Judge_SstpCertificateExpired_FailsWithCertExpired()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-vpn-installed.json"), now: new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x800B0101"], finding.ErrorCodes);
        Assert.Contains("expired on 2026-03-31", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("SSL Certificate Binding", Assert.Single(finding.Remediation).En, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_CertificateForAnotherName_FailsWithNameMismatch()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-vpn-installed.json"), Targets.For(fqdn: "vpn.example.net"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x800B010F"], finding.ErrorCodes);
        Assert.Contains("is for vpn.example.com, not for vpn.example.net", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_RrasDefaultSelfSignedCertificate_FailsOnTheNameAndWarnsOfTrust()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-self-signed.json"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["0x800B010F", "0x800B0109"], finding.ErrorCodes);
        Assert.Contains("self-signed", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("自己署名", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Equal(2, finding.Remediation.Count);
        Assert.Equal("イーサネット 2", finding.Evidence["internetInterface"]);
    }

    [Fact]
    public void Judge_SstpNotOffered_DoesNotJudgeTheSstpCertificate()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-self-signed.json"), Targets.For(VpnProtocols.Ikev2));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Contains("installed on VPN01.", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_VpnUninstalled_FailsWith800And809AndHowToDeploy()
    {
        var finding = Judge(Output("RemoteAccess/get-remoteaccess-vpn-uninstalled.json"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["800", "809"], finding.ErrorCodes);
        Assert.Contains("VpnStatus Uninstalled", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("Deploy VPN only", finding.Remediation[0].En, StringComparison.Ordinal);
        Assert.Contains("Install-RemoteAccess -VpnType Vpn", finding.Remediation[1].En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RemoteAccess/powershell-not-recognized.stderr.txt")]
    [InlineData("RemoteAccess/powershell-not-recognized-ja.stderr.txt")]
    public void Judge_CmdletMissing_SkipsAskingForTheModuleInAnyLanguage(string stderr)
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 1, string.Empty, Fixture.Text(stderr), TimeSpan.FromSeconds(1)));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Contains("RSAT-RemoteAccess-PowerShell", Assert.Single(finding.Remediation).En, StringComparison.Ordinal);
        Assert.StartsWith("Get-RemoteAccess : ", finding.Evidence["error"], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AccessDenied_IsAnErrorWithOneBoundedLineOfStderr()
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 1, string.Empty, Fixture.Text("RemoteAccess/powershell-access-denied.stderr.txt"), TimeSpan.FromSeconds(1)));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("Get-RemoteAccess : Access is denied.", finding.Evidence["error"]);
        Assert.Contains("exit code 1", finding.Summary.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Access is denied", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal("1", finding.Evidence["exitCode"]);
    }

    [Fact]
    public void Judge_HugeStderr_KeepsOnlyABoundedLine()
    {
        var stderr = new string('x', 20_000) + "\r\nsecond line";

        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 1, string.Empty, stderr, TimeSpan.FromSeconds(1)));

        Assert.True(finding.Evidence["error"].Length <= 160);
        Assert.All(finding.Evidence.Values, value => Assert.True(value.Length <= 200, value));
    }

    [Theory]
    [InlineData(nameof(PowerShellOutcome.NotStarted), "could not be started")]
    [InlineData(nameof(PowerShellOutcome.TimedOut), "did not finish")]
    [InlineData(nameof(PowerShellOutcome.TooLarge), "far more")]
    public void Judge_ProcessDidNotComplete_IsAnError(string outcome, string phrase)
    {
        var finding = Judge(PowerShellOutput.Ended(Enum.Parse<PowerShellOutcome>(outcome), TimeSpan.FromSeconds(60)));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Contains(phrase, finding.Summary.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Summary.Ja));
    }

    [Fact]
    public void Judge_GarbageOnStdout_IsAnErrorSayingWhereItBroke()
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 0, "{\"VpnStatus\": \"Inst", string.Empty, TimeSpan.FromSeconds(2)));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.StartsWith("not JSON (line 1", finding.Evidence["problem"], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NoVpnStatus_IsAnError()
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 0, "{\"DAStatus\": \"Installed\"}", string.Empty, TimeSpan.FromSeconds(2)));

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Contains("VpnStatus", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_OfferedTunnelWithoutPorts_Fails()
    {
        var finding = Judge(
            new PowerShellOutput(PowerShellOutcome.Exited, 0, "{\"VpnStatus\": \"Installed\", \"Ikev2Ports\": 0, \"PptpPorts\": 0}", string.Empty, TimeSpan.FromSeconds(2)),
            Targets.For(VpnProtocols.Ikev2 | VpnProtocols.L2tp));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("no Ikev2 ports", finding.Summary.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Pptp", finding.Summary.En, StringComparison.Ordinal);
        Assert.Equal("Ikev2=0, Pptp=0", finding.Evidence["tunnelPorts"]);
    }

    [Fact]
    public void Judge_SstpOverHttp_NeedsNoCertificate()
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 0, "{\"VpnStatus\": \"Installed\", \"UseHttp\": true}", string.Empty, TimeSpan.FromSeconds(2)));

        Assert.Equal(CheckStatus.Pass, finding.Status);
    }

    [Fact]
    public void Judge_SstpOfferedWithoutCertificate_Warns()
    {
        var finding = Judge(new PowerShellOutput(PowerShellOutcome.Exited, 0, "{\"VpnStatus\": \"Installed\", \"SslCertificate\": null}", string.Empty, TimeSpan.FromSeconds(2)));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Contains("No SSTP certificate", finding.Summary.En, StringComparison.Ordinal);
    }

    private static PowerShellOutput Output(string fixture) =>
        new(PowerShellOutcome.Exited, 0, Fixture.Text(fixture), string.Empty, TimeSpan.FromMilliseconds(2350));

    private static Finding Judge(PowerShellOutput output, CheckTarget? target = null, DateTimeOffset? now = null) =>
        RrasConfigVerdict.Judge(Targets.Machine, target ?? Targets.For(), output, Targets.RecordedAt, now ?? Targets.RecordedAt);
}
