using VpnBot.Agent.Tests.Support;

namespace VpnBot.Agent.Tests.Processes;

/// <summary>The agent process refusing to start on a setup only a person can fix, with exit code 78 and the reason.</summary>
public sealed class AgentStartupTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlainHttpToAnotherMachine_StopsWith78NamingTheKey()
    {
        await using var agent = Start(new() { ["Vpn__Agent__HostUrl"] = "http://vpnbot.example.com" });

        var exit = await agent.WaitForExitAsync(AgentLab.Wait, Cancel);

        Assert.Equal(78, exit);
        Assert.Contains("Vpn:Agent:HostUrl must be https", agent.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", agent.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCredentialAndNoToken_StopsWith78SayingHowToEnrol()
    {
        await using var agent = Start(new() { ["Vpn__Agent__HostUrl"] = "http://127.0.0.1:9" });

        var exit = await agent.WaitForExitAsync(AgentLab.Wait, Cancel);

        Assert.Equal(78, exit);
        Assert.Contains("/vpn agents add", agent.Output, StringComparison.Ordinal);
    }

    private static DotnetProcess Start(Dictionary<string, string> environment)
    {
        var folder = Directory.CreateTempSubdirectory("vpnbot-agent-start-").FullName;
        environment["Vpn__Agent__DataFolder"] = folder;
        return DotnetProcess.Start(DotnetProcess.BuiltDll("VpnBot.Agent", "vpnbot-agent"), folder, environment);
    }
}
