using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text.Json;
using VpnBot.Agent.Tests.Support;
using VpnBot.Agents.Protocol.Tokens;

namespace VpnBot.Agent.Tests.Processes;

/// <summary>A real host and real agents on loopback: enrolment, checks through agents, failures, restarts, revocation.</summary>
public sealed class AgentLifecycleTests : IAsyncLifetime
{
    private AgentLab _lab = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _lab = await AgentLab.StartAsync(Cancel);

    public async ValueTask DisposeAsync() => await _lab.DisposeAsync();

    [Fact]
    public async Task EnrolledAgent_ConnectsAndItsFindingsJoinTheCheck()
    {
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);

        var list = (await _lab.SayAsync("/vpn agents", AgentLab.ItAdmin, Cancel)).CardText();
        var final = (await _lab.CheckAsync(Cancel)).CardText();

        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains("Connected", list, StringComparison.Ordinal);
        Assert.Contains(name, final, StringComparison.Ordinal);
        Assert.Contains("(tokyo, inside)", final, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_lab.AgentFolder(name), "agent-credential.json")), _lab.Logs());
    }

    [Fact]
    public async Task EnrolmentToken_WorksOnce()
    {
        var (name, token) = await _lab.AddAgentAsync("osaka", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);

        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var again = await _lab.EnrolAsync(token, AgentKeys.PublicKeyText(other), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, again);
    }

    [Fact]
    public async Task AgentKilledMidCheck_BecomesAFindingWithinTheDeadline()
    {
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token, slow: true);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);

        var progress = await _lab.SayAsync($"/vpn check {AgentLab.Endpoint}", AgentLab.ItAdmin, Cancel);
        await agent.WaitForOutputAsync("checking demo", AgentLab.Wait, Cancel);
        agent.Kill();
        var final = await _lab.Connector.WaitForAsync(
            c => c.Method == "PUT" && c.ActivityId == progress.ResultId && c.Card is { } card && card.ToJsonString().Contains("check.run", StringComparison.Ordinal),
            AgentLab.Wait,
            Cancel);

        Assert.Contains($"Agent {name} lost its connection", final.CardText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostRestarted_AgentReconnectsByItself()
    {
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);

        _lab.KillHost();
        await agent.WaitForOutputAsync("reconnecting", AgentLab.Wait, Cancel);
        await _lab.StartHostAsync(Cancel);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel, occurrence: 2);

        var list = (await _lab.SayAsync("/vpn agents", AgentLab.ItAdmin, Cancel)).CardText();
        Assert.Contains("Connected", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedAgent_IsCutOffAndStopsWithConfigurationExitCode()
    {
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);

        var revoked = (await _lab.SayAsync($"/vpn agents revoke {name}", AgentLab.ItAdmin, Cancel)).CardText();
        var exit = await agent.WaitForExitAsync(AgentLab.Wait, Cancel);
        var status = await ConnectAsync(Token(name, ReadKey(name)));

        Assert.Contains("revoked", revoked, StringComparison.Ordinal);
        Assert.Equal(78, exit);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task ForgedAndReplayedTokens_AreRefused()
    {
        var (name, token) = await _lab.AddAgentAsync("tokyo", Cancel);
        var agent = _lab.StartAgent(_lab.AgentFolder(name), token);
        await agent.WaitForOutputAsync("Connected to", AgentLab.Wait, Cancel);
        using var stranger = AgentKeys.Create();
        var genuine = Token(name, ReadKey(name));

        var forged = await ConnectAsync(Token(name, stranger));
        var first = await ConnectAsync(genuine);
        var replayed = await ConnectAsync(genuine);
        var unknown = await ConnectAsync(Token("nobody-1", stranger));

        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, first);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown);
    }

    [Fact]
    public async Task Employee_CannotCreateAgents()
    {
        var reply = (await _lab.SayAsync("/vpn agents add tokyo", AgentLab.Employee, Cancel)).CardText();

        Assert.DoesNotContain("vpnbot-enrol-", reply, StringComparison.Ordinal);
    }

    private static string Token(string name, ECDsa key) => AgentTokens.Create(name, key, TimeProvider.System);

    private ECDsa ReadKey(string name)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(_lab.AgentFolder(name), "agent-credential.json")));
        var key = ECDsa.Create();
        key.ImportFromPem(file.RootElement.GetProperty("privateKey").GetString());
        return key;
    }

    /// <summary>Opens the hub's WebSocket with the token and returns the HTTP status of the upgrade.</summary>
    private async Task<HttpStatusCode> ConnectAsync(string token)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        try
        {
            await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_lab.Port}/agents/hub"), Cancel);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, Cancel);
        }
        catch (WebSocketException)
        {
            // The status below says why.
        }

        return socket.HttpStatusCode;
    }
}
