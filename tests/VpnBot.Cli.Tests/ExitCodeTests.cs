using VpnBot.Cli.Tests.Support;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;

namespace VpnBot.Cli.Tests;

/// <summary>The exit status is the report status, the monitoring-plugin convention.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Pass }, 0)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Skip }, 0)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Warn }, 1)]
    [InlineData(new[] { CheckStatus.Warn, CheckStatus.Fail }, 2)]
    [InlineData(new[] { CheckStatus.Error, CheckStatus.Fail }, 2)]
    [InlineData(new[] { CheckStatus.Pass, CheckStatus.Error }, 3)]
    [InlineData(new[] { CheckStatus.Warn, CheckStatus.Error }, 3)]
    public async Task RunAsync_Findings_ExitWithTheReportStatus(CheckStatus[] statuses, int expected)
    {
        var check = new StubCheck(CheckIds.DnsResolve, [.. statuses.Select((s, i) => ($"10.0.0.{i + 1}:53", s))]);

        var human = await InProcess.RunAsync(["check", "vpn.example.com"], [check]);
        var json = await InProcess.RunAsync(["check", "vpn.example.com", "--json"], [check]);

        Assert.True(human.ExitCode == expected, human.ToString());
        Assert.True(json.ExitCode == expected, json.ToString());
        Assert.Empty(human.Error);
        Assert.Empty(json.Error);
    }

    [Fact]
    public async Task RunAsync_UnitThatHangs_IsCutAtTheDeadlineAndLeavesTheStatusUnknown()
    {
        var run = await InProcess.RunAsync(["check", "vpn.example.com", "--deadline", "300ms", "--json"], [StubCheck.Hanging(CheckIds.IkeV2)]);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("\"status\": \"unknown\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CheckThatThrowsWhilePlanning_ExitsThreeWithOneLineAndNoStackTrace()
    {
        var broken = new StubCheck(CheckIds.DnsResolve) { PlanOverride = _ => throw new InvalidOperationException("secret=hunter2") };

        var run = await InProcess.RunAsync(["check", "vpn.example.com"], [broken]);

        Assert.True(run.ExitCode == 3, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("vpnbot: internal error (InvalidOperationException)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InternalErrorAtDebugLevel_LogsTheDetailsOnStandardError()
    {
        var broken = new StubCheck(CheckIds.DnsResolve) { PlanOverride = _ => throw new InvalidOperationException("planning failed") };
        var options = new CliOptions { Variables = new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Debug" } };

        var run = await InProcess.RunAsync(["check", "vpn.example.com"], [broken], options: options);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("planning failed", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("vpnbot: internal error", run.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("--version")]
    public async Task RunAsync_HelpOrVersion_ExitsZeroOnStandardOutput(string flag)
    {
        var run = await InProcess.RunAsync([flag]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.NotEmpty(run.Out);
        Assert.Empty(run.Error);
    }
}
