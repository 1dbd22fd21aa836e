using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VpnBot.Host.Tests.Support;

/// <summary>
/// The real bot host on Kestrel (loopback, a free port) with a test configuration: two endpoints whose probes
/// hit closed loopback ports (so a check ends in well under its 2 s deadline), one IT admin, one allowed
/// tenant, storage in a fresh folder.
/// </summary>
public sealed class HostUnderTest : WebApplicationFactory<Program>
{
    public const string Tenant = "72f988bf-0000-4000-8000-000000000001";
    public const string ItAdmin = "a1b2c3d4-0000-4000-8000-0000000000aa";
    public const string Employee = "e5f6a7b8-0000-4000-8000-0000000000ee";
    public const string ItTeam = "19:it-team@thread.tacv2";

    private readonly Dictionary<string, string?> _settings;

    private readonly Action<IServiceCollection>? _services;

    public HostUnderTest(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        DataFolder = Directory.CreateTempSubdirectory("vpnbot-host-test-").FullName;
        _settings = new Dictionary<string, string?>
        {
            ["Vpn:Deadline"] = "00:00:02",
            ["Vpn:Endpoints:0:Name"] = "tokyo",
            ["Vpn:Endpoints:0:Fqdn"] = "vpn.example.test",
            ["Vpn:Endpoints:0:Address"] = "127.0.0.1",
            ["Vpn:Endpoints:0:InternalDns:0"] = "127.0.0.1:9",
            ["Vpn:Endpoints:0:Protocols:0"] = "Ikev2",
            ["Vpn:Endpoints:0:Protocols:1"] = "Sstp",
            ["Vpn:Endpoints:0:Ports:Ike"] = "9",
            ["Vpn:Endpoints:0:Ports:NatT"] = "9",
            ["Vpn:Endpoints:0:Ports:Sstp"] = "9",
            ["Vpn:Endpoints:1:Name"] = "osaka",
            ["Vpn:Endpoints:1:Fqdn"] = "vpn-osaka.example.test",
            ["Vpn:Endpoints:1:Address"] = "127.0.0.1",
            ["Vpn:Endpoints:1:Protocols:0"] = "Pptp",
            ["Vpn:Endpoints:1:Ports:Pptp"] = "9",
            ["Vpn:Bot:ItAdmins:0"] = ItAdmin,
            ["Vpn:Bot:ItTeams:0"] = ItTeam,
            ["Vpn:Bot:AllowedTenants:0"] = Tenant,
            ["Vpn:Bot:Checks:UpdateInterval"] = "00:00:00.200",
            ["Vpn:Bot:Storage:DataFolder"] = DataFolder,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DataFolder { get; }

    /// <summary>Every log entry the host wrote.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts Kestrel and returns a client for it.</summary>
    public HttpClient Start()
    {
        StartServer();
        return CreateClient();
    }

    public static async Task<HttpResponseMessage> PostActivityAsync(HttpClient client, JsonObject activity, CancellationToken cancellationToken) =>
        await client.PostAsJsonAsync("/api/messages", activity, cancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(Logs);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a pooled SQLite connection: the temp folder is cleaned by the OS.
        }
    }
}
