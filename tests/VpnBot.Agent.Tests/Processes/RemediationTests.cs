using System.Text.Json.Nodes;
using VpnBot.Agent.Tests.Support;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Agent.Tests.Processes;

/// <summary>Remediation through chat with a real host and a real agent: request, approval by a second IT member, outcome, audit.</summary>
public sealed class RemediationTests : IAsyncLifetime
{
    private AgentLab _lab = null!;
    private string _agent = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _lab = await AgentLab.StartAsync(Cancel);
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        _agent = name;
        await _lab.StartAgent(_lab.AgentFolder(name), token).WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);
    }

    public async ValueTask DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task Request_ApprovedByASecondItMember_RunsOnTheAgentAndIsAudited()
    {
        var approval = await _lab.SayAsync($"/vpn fix register-dns {_agent}", AgentLab.ItAdmin, Cancel);
        var selfApproval = CardTexts.Of(await _lab.PressAsync("remediation.approve", Data(approval), approval, AgentLab.ItAdmin, Cancel));
        var employee = CardTexts.Of(await _lab.PressAsync("remediation.approve", Data(approval), approval, AgentLab.Employee, Cancel));
        var running = CardTexts.Of(await _lab.PressAsync("remediation.approve", Data(approval), approval, AgentLab.SecondItAdmin, Cancel));
        var outcome = await _lab.Connector.WaitForAsync(c => c.Method == "PUT" && c.ActivityId == approval.ResultId && c.CardText().Contains("Checked again", StringComparison.Ordinal), AgentLab.Wait, Cancel);
        var audit = (await _lab.SayAsync("/vpn audit", AgentLab.ItAdmin, Cancel)).CardText();

        Assert.Contains("ipconfig.exe /registerdns", approval.CardText(), StringComparison.Ordinal);
        Assert.Contains("another IT member must approve", selfApproval, StringComparison.Ordinal);
        Assert.DoesNotContain("Running on", employee, StringComparison.Ordinal);
        Assert.Contains($"Running on {_agent}", running, StringComparison.Ordinal);

        // The lab's agent runs on Linux: it refuses a Windows action and says so, and nothing is run.
        Assert.Contains("runs only on an agent on the Windows VPN server", outcome.CardText(), StringComparison.Ordinal);
        foreach (var step in new[] { "agent.added", "remediation.requested", "remediation.refused", "remediation.approved", "remediation.failed" })
        {
            Assert.Contains(step, audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refusal_RunsNothingAndIsAudited()
    {
        var approval = await _lab.SayAsync($"/vpn fix restart-rras {_agent}", AgentLab.ItAdmin, Cancel);
        var refused = CardTexts.Of(await _lab.PressAsync("remediation.refuse", Data(approval), approval, AgentLab.SecondItAdmin, Cancel));
        var approveLater = CardTexts.Of(await _lab.PressAsync("remediation.approve", Data(approval), approval, AgentLab.SecondItAdmin, Cancel));
        var audit = (await _lab.SayAsync("/vpn audit", AgentLab.ItAdmin, Cancel)).CardText();

        Assert.Contains("refused this request; nothing was run", refused, StringComparison.Ordinal);
        Assert.Contains("already decided", approveLater, StringComparison.Ordinal);
        Assert.Contains("remediation.declined", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("remediation.approved", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("restart-rras;shutdown")]
    [InlineData("Stop-Computer")]
    [InlineData("register-dns && del")]
    public async Task ActionOutsideTheAllowList_GetsTheListAndNothingIsRecorded(string action)
    {
        var reply = (await _lab.SayAsync($"/vpn fix {action} {_agent}", AgentLab.ItAdmin, Cancel)).CardText();
        var audit = (await _lab.SayAsync("/vpn audit", AgentLab.ItAdmin, Cancel)).CardText();

        Assert.Contains("Only these can run", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("remediation.requested", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedRequestId_OnAnApproveButton_IsUnknown()
    {
        var approval = await _lab.SayAsync($"/vpn fix register-dns {_agent}", AgentLab.ItAdmin, Cancel);

        var answer = CardTexts.Of(await _lab.PressAsync("remediation.approve", new JsonObject { ["request"] = "0123456789abcdef0123456789abcdef" }, approval, AgentLab.SecondItAdmin, Cancel));

        Assert.Contains("no longer exists", answer, StringComparison.Ordinal);
    }

    private static JsonObject Data(ConnectorCall approval)
    {
        var action = approval.Card!["actions"]!.AsArray().First(a => (string?)a!["verb"] == "remediation.approve")!;
        return action["data"]!.DeepClone().AsObject();
    }
}
