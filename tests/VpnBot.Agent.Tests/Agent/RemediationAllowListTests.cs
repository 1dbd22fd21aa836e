using Microsoft.Extensions.Logging.Abstractions;
using VpnBot.Agent.Remediation;
using VpnBot.Agents.Protocol.Remediation;

namespace VpnBot.Agent.Tests.Agent;

public sealed class RemediationAllowListTests
{
    [Fact]
    public void EveryAction_RunsOneFixedCommand()
    {
        var commands = Enum.GetValues<RemediationAction>().ToDictionary(a => a, RemediationCommands.Display);

        Assert.Equal(
            new Dictionary<RemediationAction, string>
            {
                [RemediationAction.RestartRemoteAccess] = "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Restricted -Command \"Restart-Service -Name RemoteAccess -Force -ErrorAction Stop\"",
                [RemediationAction.RegisterDns] = "ipconfig.exe /registerdns",
                [RemediationAction.ClearDnsServerCache] = "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Restricted -Command \"Clear-DnsServerCache -Force -ErrorAction Stop\"",
            },
            commands);
    }

    [Theory]
    [InlineData("restart-rras ")]
    [InlineData("RESTART-RRAS")]
    [InlineData("restart-rras;shutdown /s")]
    [InlineData("RestartRemoteAccess")]
    [InlineData("0")]
    [InlineData("")]
    public void WordsOutsideTheList_AreNotActions(string word) =>
        Assert.False(RemediationActions.TryParse(word, out _));

    [Fact]
    public async Task Runner_GivenAWordOutsideTheList_RunsNothing()
    {
        using var runner = new RemediationRunner(NullLogger<RemediationRunner>.Instance);

        var result = await runner.RunAsync(new RemediationRequest("id", "Stop-Computer -Force"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Null(result.ExitCode);
        Assert.Contains("nothing was run", result.Summary, StringComparison.Ordinal);
    }
}
