using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VpnBot.Host.Tests.Support;

namespace VpnBot.Agent.Tests.Support;

/// <summary>
/// A real bot host process and the agents started against it, on loopback, with a stand-in for Teams' connector
/// service and a DNS "server" that never answers (so an agent's run lasts its whole deadline when asked to).
/// Chat is driven the way Teams drives it: activities posted to <c>/api/messages</c>.
/// </summary>
public sealed partial class AgentLab : IAsyncDisposable
{
    public const string Tenant = "72f988bf-0000-4000-8000-000000000001";
    public const string ItAdmin = "a1b2c3d4-0000-4000-8000-0000000000aa";
    public const string SecondItAdmin = "b2c3d4e5-0000-4000-8000-0000000000bb";
    public const string Employee = "e5f6a7b8-0000-4000-8000-0000000000ee";
    public const string Endpoint = "demo";
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _scratch = Directory.CreateTempSubdirectory("vpnbot-agent-lab-").FullName;
    private readonly List<DotnetProcess> _agents = [];
    private readonly UdpClient _silentDns = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _sequence;

    private readonly Func<AgentLab, IReadOnlyDictionary<string, string>>? _hostSettings;
    private readonly string[] _hostArguments;

    private AgentLab(ConnectorStandIn connector, int port, Func<AgentLab, IReadOnlyDictionary<string, string>>? hostSettings, string[]? hostArguments)
    {
        Connector = connector;
        Port = port;
        _hostSettings = hostSettings;
        _hostArguments = hostArguments ?? ["--urls", $"http://127.0.0.1:{port}"];
    }

    /// <summary>A scratch folder that goes with the lab.</summary>
    public string Scratch => _scratch;

    public ConnectorStandIn Connector { get; }

    public int Port { get; }

    public Uri HostUrl => new($"http://127.0.0.1:{Port}");

    public DotnetProcess? Host { get; private set; }

    public int SilentDnsPort => ((IPEndPoint)_silentDns.Client.LocalEndPoint!).Port;

    public static Task<AgentLab> StartAsync(CancellationToken cancellationToken) => StartAsync(null, null, cancellationToken);

    /// <param name="hostSettings">Extra host settings (endpoints, Kestrel), over the lab's defaults.</param>
    /// <param name="hostArguments">The host's command line, given its chat port; by default <c>--urls http://127.0.0.1:PORT</c>.</param>
    public static async Task<AgentLab> StartAsync(Func<AgentLab, IReadOnlyDictionary<string, string>>? hostSettings, Func<int, string[]>? hostArguments, CancellationToken cancellationToken)
    {
        var connector = await ConnectorStandIn.StartAsync(cancellationToken);
        var port = FreeTcpPort();
        var lab = new AgentLab(connector, port, hostSettings, hostArguments?.Invoke(port));
        await lab.StartHostAsync(cancellationToken);
        return lab;
    }

    public async Task StartHostAsync(CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(EndpointSettings("127.0.0.1:9"))
        {
            ["Vpn__Bot__AllowedTenants__0"] = Tenant,
            ["Vpn__Bot__ItAdmins__0"] = ItAdmin,
            ["Vpn__Bot__ItAdmins__1"] = SecondItAdmin,
            ["Vpn__Bot__Storage__DataFolder"] = Path.Combine(_scratch, "host-data"),
            ["Vpn__Bot__Checks__UpdateInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in _hostSettings?.Invoke(this) ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        Host = DotnetProcess.Start(DotnetProcess.BuiltDll("VpnBot.Host", "VpnBot.Host"), _scratch, environment, _hostArguments);
        await Host.WaitForOutputAsync("Application started", Wait, cancellationToken);
    }

    public void KillHost() => Host?.Kill();

    /// <summary>Starts an agent; its DNS server is the silent one when <paramref name="slow"/>, so its checks run to the deadline.</summary>
    public DotnetProcess StartAgent(string dataFolder, string? token, bool slow = false, string vantage = "Inside") =>
        StartAgent(dataFolder, token, EndpointSettings(slow ? $"127.0.0.1:{SilentDnsPort}" : "127.0.0.1:9"), HostUrl, vantage, networkNamespace: null);

    /// <summary>Starts an agent with its own endpoint settings, host address and network namespace.</summary>
    public DotnetProcess StartAgent(string dataFolder, string? token, IReadOnlyDictionary<string, string> settings, Uri hostUrl, string vantage, string? networkNamespace)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Vpn__Agent__HostUrl"] = hostUrl.ToString(),
            ["Vpn__Agent__DataFolder"] = dataFolder,
            ["Vpn__Agent__Vantage"] = vantage,
            ["Vpn__Agent__MaxReconnectDelay"] = "00:00:02",
        };
        if (token is not null)
        {
            environment["Vpn__Agent__EnrolmentToken"] = token;
        }

        var agent = DotnetProcess.StartIn(networkNamespace, DotnetProcess.BuiltDll("VpnBot.Agent", "vpnbot-agent"), _scratch, environment);
        _agents.Add(agent);
        return agent;
    }

    public string AgentFolder(string name) => Path.Combine(_scratch, "agent-" + name);

    /// <summary>Posts a personal-chat message from <paramref name="user"/> and returns the bot's first reply card.</summary>
    public async Task<ConnectorCall> SayAsync(string text, string user, CancellationToken cancellationToken, string? conversation = null)
    {
        conversation ??= $"a:chat-{Interlocked.Increment(ref _sequence)}";
        var before = Connector.Calls.Count;
        using var response = await _http.PostAsJsonAsync(new Uri(HostUrl, "/api/messages"), Message(text, user, conversation), cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
        return await Connector.WaitForAsync(c => c.Method == "POST" && c.ConversationId == conversation && Connector.Calls.ToList().IndexOf(c) >= before, Wait, cancellationToken);
    }

    /// <summary><c>/vpn agents add</c> as IT, and the token the card shows.</summary>
    public async Task<(string Name, string Token)> AddAgentAsync(string site, CancellationToken cancellationToken)
    {
        var card = (await SayAsync($"/vpn agents add {site}", ItAdmin, cancellationToken)).CardText();
        var token = TokenShape().Match(card);
        var name = NameShape().Match(card);
        Assert.True(token.Success && name.Success, "No agent name or token on the card:\n" + card);
        return (name.Groups[1].Value, token.Value);
    }

    /// <summary>Runs <c>/vpn check demo</c> and waits for the final card.</summary>
    public Task<ConnectorCall> CheckAsync(CancellationToken cancellationToken) => CheckAsync(Endpoint, cancellationToken);

    /// <summary>Runs <c>/vpn check ENDPOINT</c> and waits for the final card.</summary>
    public async Task<ConnectorCall> CheckAsync(string endpoint, CancellationToken cancellationToken)
    {
        var progress = await SayAsync($"/vpn check {endpoint}", ItAdmin, cancellationToken);
        return await Connector.WaitForAsync(
            c => c.Method == "PUT" && c.ActivityId == progress.ResultId && c.Card is { } card && card.ToJsonString().Contains("check.run", StringComparison.Ordinal),
            Wait,
            cancellationToken);
    }

    /// <summary>Presses an <c>Action.Execute</c> button and returns the card the bot answered the invoke with.</summary>
    public async Task<JsonNode> PressAsync(string verb, JsonObject data, ConnectorCall card, string user, CancellationToken cancellationToken)
    {
        var press = Message(string.Empty, user, card.ConversationId);
        press["type"] = "invoke";
        press["name"] = "adaptiveCard/action";
        press["replyToId"] = card.ResultId;
        press.Remove("text");
        press.Remove("textFormat");
        press["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await _http.PostAsJsonAsync(new Uri(HostUrl, "/api/messages"), press, cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return body["value"]!;
    }

    public async Task<HttpStatusCode> EnrolAsync(string token, string publicKey, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(HostUrl, "/agents/enrol"), new { token, publicKey }, cancellationToken);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            await agent.DisposeAsync();
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Connector.DisposeAsync();
        _silentDns.Dispose();
        _http.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The output of every process, for a failure message.</summary>
    public string Logs() =>
        $"Host:\n{Host?.Output}\n" + string.Join('\n', _agents.Select((a, i) => $"Agent {i}:\n{a.Output}"));

    private static Dictionary<string, string> EndpointSettings(string dns) => new()
    {
        ["Vpn__Deadline"] = "00:00:03",
        ["Vpn__Endpoints__0__Name"] = Endpoint,
        ["Vpn__Endpoints__0__Fqdn"] = "vpn.example.test",
        ["Vpn__Endpoints__0__Address"] = "127.0.0.1",
        ["Vpn__Endpoints__0__InternalDns__0"] = dns,
        ["Vpn__Endpoints__0__Protocols__0"] = "Ikev2",
        ["Vpn__Endpoints__0__Ports__Ike"] = "9",
        ["Vpn__Endpoints__0__Ports__NatT"] = "9",
        ["Logging__LogLevel__Default"] = "Information",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
    };

    private JsonObject Message(string text, string user, string conversation) => new()
    {
        ["type"] = "message",
        ["id"] = $"1764140{Interlocked.Increment(ref _sequence):D6}",
        ["timestamp"] = "2026-11-26T08:00:00.000Z",
        ["serviceUrl"] = Connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:1user-{user[..8]}", ["name"] = "Aiko Sato", ["aadObjectId"] = user },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["recipient"] = new JsonObject { ["id"] = "28:vpnbot", ["name"] = "VpnBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["locale"] = "en-US",
        ["text"] = text,
        ["textFormat"] = "plain",
    };

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("vpnbot-enrol-[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenShape();

    [GeneratedRegex("Agent ([a-z0-9-]+) created")]
    private static partial Regex NameShape();
}
