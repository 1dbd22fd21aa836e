using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace VpnBot.Bench.Agents;

/// <summary>
/// One real bot host and the agents enrolled with it, on loopback, in a scratch folder of their own: the host
/// started as an operator starts it (<c>dotnet VpnBot.Host.dll --urls …</c>, configured by <c>Vpn__…</c>
/// variables), agents created in chat with <c>/vpn agents add</c> and started with the token from the card.
/// </summary>
internal sealed partial class Lab : IAsyncDisposable
{
    private static readonly TimeSpan StartWait = TimeSpan.FromSeconds(90);

    private readonly string _name;
    private readonly string _scratch;
    private readonly AgentBenchOptions _options;
    private readonly IReadOnlyDictionary<string, string> _endpoints;
    private readonly List<ProductProcess> _agents = [];

    private Lab(string name, string scratch, AgentBenchOptions options, IReadOnlyDictionary<string, string> endpoints, ProductProcess host, Chat chat)
    {
        _name = name;
        _scratch = scratch;
        _options = options;
        _endpoints = endpoints;
        Host = host;
        Chat = chat;
    }

    public ProductProcess Host { get; }

    public Chat Chat { get; }

    public IReadOnlyList<ProductProcess> Agents => _agents;

    /// <summary>Starts the host with <paramref name="endpoints"/> and the check settings, and waits until it listens.</summary>
    public static async Task<Lab> StartAsync(
        string name,
        IReadOnlyDictionary<string, string> endpoints,
        int maxConcurrentChecks,
        TimeSpan updateInterval,
        AgentBenchOptions options,
        Connector connector,
        CancellationToken cancellationToken)
    {
        var scratch = Directory.CreateTempSubdirectory("vpnbot-bench-agents-").FullName;
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}/"));
        var environment = new Dictionary<string, string>(endpoints, StringComparer.Ordinal)
        {
            ["Vpn__Bot__AllowedTenants__0"] = Chat.Tenant,
            ["Vpn__Bot__ItAdmins__0"] = Chat.ItAdmin,
            ["Vpn__Bot__Storage__DataFolder"] = Path.Combine(scratch, "host-data"),
            ["Vpn__Bot__Checks__MaxConcurrent"] = maxConcurrentChecks.ToString(CultureInfo.InvariantCulture),
            ["Vpn__Bot__Checks__UpdateInterval"] = updateInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        var host = ProductProcess.Start("host", options.HostDll, scratch, environment, LogFile(options, name, "host"), "--urls", url.ToString().TrimEnd('/'));
        try
        {
            await host.WaitForOutputAsync("Application started", StartWait, cancellationToken);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return new Lab(name, scratch, options, endpoints, host, new Chat(url, connector));
    }

    /// <summary>
    /// Creates <paramref name="count"/> agents of the site in chat, one after another as IT would, then starts them
    /// all at once and waits until each has enrolled and connected.
    /// </summary>
    public async Task<IReadOnlyList<ProductProcess>> AddAgentsAsync(int count, CancellationToken cancellationToken)
    {
        var enrolments = new List<(string Name, string Token)>();
        for (var i = 0; i < count; i++)
        {
            var reply = await Chat.SayAsync($"/vpn agents add {LabEndpoints.Site}", $"a:bench-{_name}-admin", StartWait, cancellationToken);
            var name = NameShape().Match(reply.Body);
            var token = TokenShape().Match(reply.Body);
            if (!name.Success || !token.Success)
            {
                throw new InvalidOperationException("/vpn agents add answered without an agent name or token; see the host's log");
            }

            enrolments.Add((name.Groups[1].Value, token.Value));
        }

        var started = enrolments.Select(e => StartAgent(e.Name, e.Token)).ToList();
        _agents.AddRange(started);
        await Task.WhenAll(started.Select(a => a.WaitForOutputAsync("Connected to", StartWait, cancellationToken)));
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            await agent.DisposeAsync();
        }

        await Host.DisposeAsync();
        Chat.Dispose();
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder; nothing depends on it.
        }
    }

    private ProductProcess StartAgent(string name, string token)
    {
        var environment = new Dictionary<string, string>(_endpoints, StringComparer.Ordinal)
        {
            ["Vpn__Agent__HostUrl"] = new Uri(Chat.Host, "/").ToString(),
            ["Vpn__Agent__DataFolder"] = Path.Combine(_scratch, "agent-" + name),
            ["Vpn__Agent__EnrolmentToken"] = token,
            ["Vpn__Agent__Vantage"] = "Inside",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__VpnBot.Agent.Connection"] = "Information",
        };
        return ProductProcess.Start(name, _options.AgentDll, _scratch, environment, LogFile(_options, _name, name));
    }

    private static string LogFile(AgentBenchOptions options, string lab, string process) => Path.Combine(options.Logs, $"{lab}-{process}.log");

    private static int FreePort()
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
