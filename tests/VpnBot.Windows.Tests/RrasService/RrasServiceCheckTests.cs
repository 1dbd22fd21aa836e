using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.Agent;
using VpnBot.Windows.RrasService;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasService;

public sealed class RrasServiceCheckTests
{
    [Fact]
    public async Task Run_AllRunningAutomatic_PassesWithEvidencePerService()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-healthy.json"));

        Assert.Equal(CheckStatus.Pass, finding.Status);
        Assert.Equal(CheckIds.RrasService, finding.Check);
        Assert.Equal(Targets.Machine, finding.Subject);
        Assert.Equal("Running", finding.Evidence["remoteAccessState"]);
        Assert.Equal("Automatic", finding.Evidence["remoteAccessStartType"]);
        Assert.Equal("Running", finding.Evidence["ikeextState"]);
        Assert.Equal("Automatic", finding.Evidence["bfeStartType"]);
        Assert.Empty(finding.ErrorCodes);
        Assert.Contains("VPN01", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RemoteAccessStoppedAndManual_FailsWith800And809AndSaysBoth()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-remoteaccess-stopped-manual.json"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["800", "809"], finding.ErrorCodes);
        Assert.Equal("Stopped", finding.Evidence["remoteAccessState"]);
        Assert.Equal("Manual", finding.Evidence["remoteAccessStartType"]);
        Assert.Contains("RemoteAccess is stopped", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("manually", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("停止中", finding.Summary.Ja, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("Start the Routing and Remote Access service", StringComparison.Ordinal));
        Assert.Contains(finding.Remediation, step => step.En.Contains("Startup type: Automatic", StringComparison.Ordinal));
        Assert.Contains("7034", finding.Remediation[^1].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RemoteAccessDisabled_FailsEvenWithIkeextManual()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-remoteaccess-disabled.json"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Contains("disabled", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("無効", finding.Summary.Ja, StringComparison.Ordinal);
        // IKEEXT on Manual (trigger start) is Windows' default: not a finding while it runs.
        Assert.DoesNotContain("IKEEXT", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_IkeextStoppedAndDisabled_FailsWithTheIpsecCodes()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-ikeext-disabled.json"));

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal(["809", "13805", "792"], finding.ErrorCodes);
        Assert.Equal("Stopped", finding.Evidence["ikeextState"]);
        Assert.Equal("Disabled", finding.Evidence["ikeextStartType"]);
        Assert.Contains("IKEEXT is stopped", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains(finding.Remediation, step => step.En.Contains("(IKEEXT)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BfeMissing_Fails()
    {
        var services = RecordedServices.From("Services/get-service-healthy.json").With(ServiceState.NotInstalled(RrasServiceNames.Bfe));

        var finding = await RunAsync(services);

        Assert.Equal(CheckStatus.Fail, finding.Status);
        Assert.Equal("NotInstalled", finding.Evidence["bfeState"]);
        Assert.Contains("BFE is not installed", finding.Summary.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RemoteAccessStillStarting_Warns()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-remoteaccess-starting.json"));

        Assert.Equal(CheckStatus.Warn, finding.Status);
        Assert.Equal("StartPending", finding.Evidence["remoteAccessState"]);
        Assert.Contains("hung", finding.Remediation[0].En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoRemoteAccessService_SkipsAsNotTheVpnServer()
    {
        var finding = await RunAsync(RecordedServices.From("Services/get-service-not-rras-server.json"));

        Assert.Equal(CheckStatus.Skip, finding.Status);
        Assert.Equal("NotInstalled", finding.Evidence["remoteAccessState"]);
        Assert.Contains("not the VPN server", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("VPN サーバーではない", finding.Summary.Ja, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StateUnreadable_IsAnErrorNamingTheService()
    {
        var services = RecordedServices.From("Services/get-service-healthy.json")
            .With(ServiceState.CouldNotRead(RrasServiceNames.RemoteAccess, "Access is denied."));

        var finding = await RunAsync(services);

        Assert.Equal(CheckStatus.Error, finding.Status);
        Assert.Equal("Unreadable", finding.Evidence["remoteAccessState"]);
        Assert.Equal("Access is denied.", finding.Evidence["remoteAccessProblem"]);
        Assert.Contains("RemoteAccess", finding.Summary.En, StringComparison.Ordinal);
        Assert.Contains("LocalSystem", Assert.Single(finding.Remediation).En, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_AnyTarget_OneUnitAboutTheMachine()
    {
        var check = new RrasServiceCheck(RecordedServices.From("Services/get-service-healthy.json"), new LocalMachine(Targets.Machine));

        var unit = Assert.Single(check.Plan(Targets.For(VpnProtocols.Pptp)));

        Assert.Equal(CheckIds.RrasService, unit.Check);
        Assert.Equal(Targets.Machine, unit.Subject);
    }

    private static Task<Finding> RunAsync(IServiceStates services)
    {
        var check = new RrasServiceCheck(services, new LocalMachine(Targets.Machine));
        var target = Targets.For();
        var unit = Assert.Single(check.Plan(target));
        return unit.Run(CheckContext.Create(target, TimeProvider.System, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
    }
}
