using Microsoft.Extensions.Time.Testing;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Windows.Agent;
using VpnBot.Windows.RrasConfig;
using VpnBot.Windows.Tests.Support;

namespace VpnBot.Windows.Tests.RrasConfig;

public sealed class RrasConfigCheckTests
{
    [Fact]
    public async Task Run_ManyEndpointsAtOnce_StartOnePowerShell()
    {
        var powershell = RecordedPowerShell.Json("RemoteAccess/get-remoteaccess-vpn-installed.json").Held();
        var time = new FakeTimeProvider(Targets.RecordedAt);
        var check = new RrasConfigCheck(powershell, new LocalMachine(Targets.Machine), time);

        var runs = Enumerable.Range(0, 50).Select(i => RunAsync(check, Targets.For(fqdn: Targets.Fqdn), TimeProvider.System)).ToList();
        powershell.Release();
        var findings = await Task.WhenAll(runs);

        Assert.Equal(1, powershell.Reads);
        Assert.All(findings, f => Assert.Equal(CheckStatus.Pass, f.Status));
    }

    [Fact]
    public async Task Run_WithinAMinute_ReusesTheReadAndAfterItReadsAgain()
    {
        var powershell = RecordedPowerShell.Json("RemoteAccess/get-remoteaccess-vpn-installed.json");
        var time = new FakeTimeProvider(Targets.RecordedAt);
        var check = new RrasConfigCheck(powershell, new LocalMachine(Targets.Machine), time);

        await RunAsync(check, Targets.For(), TimeProvider.System);
        time.Advance(TimeSpan.FromSeconds(59));
        var reused = await RunAsync(check, Targets.For(), TimeProvider.System);
        time.Advance(TimeSpan.FromSeconds(2));
        await RunAsync(check, Targets.For(), TimeProvider.System);

        Assert.Equal(2, powershell.Reads);
        Assert.Equal("2025-11-20T09:30:00Z", reused.Evidence["readAt"]);
    }

    [Fact]
    public async Task Run_FailedRead_IsNotKept()
    {
        var powershell = RecordedPowerShell.Failed("RemoteAccess/powershell-access-denied.stderr.txt");
        var check = new RrasConfigCheck(powershell, new LocalMachine(Targets.Machine), new FakeTimeProvider(Targets.RecordedAt));

        await RunAsync(check, Targets.For(), TimeProvider.System);
        var second = await RunAsync(check, Targets.For(), TimeProvider.System);

        Assert.Equal(2, powershell.Reads);
        Assert.Equal(CheckStatus.Error, second.Status);
    }

    [Fact]
    public async Task Run_PowerShellSlowerThanTheBudget_ErrorsInTimeAndTheNextRunGetsTheResult()
    {
        var powershell = RecordedPowerShell.Json("RemoteAccess/get-remoteaccess-vpn-installed.json").Held();
        var check = new RrasConfigCheck(powershell, new LocalMachine(Targets.Machine), new FakeTimeProvider(Targets.RecordedAt));

        var first = await RunAsync(check, Targets.For(), TimeProvider.System, TimeSpan.FromMilliseconds(200));
        powershell.Release();
        var second = await RunAsync(check, Targets.For(), TimeProvider.System);

        Assert.Equal(CheckStatus.Error, first.Status);
        Assert.Contains("has not finished after", first.Summary.En, StringComparison.Ordinal);
        Assert.InRange(long.Parse(first.Evidence["timeoutMs"], System.Globalization.CultureInfo.InvariantCulture), 0, 200);
        Assert.Equal(CheckStatus.Pass, second.Status);
        Assert.Equal(1, powershell.Reads);
    }

    private static Task<Finding> RunAsync(RrasConfigCheck check, CheckTarget target, TimeProvider time, TimeSpan? budget = null)
    {
        var unit = Assert.Single(check.Plan(target));
        var context = CheckContext.Create(target, time, budget ?? TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return unit.Run(context, TestContext.Current.CancellationToken);
    }
}
