using System.Text.Json;
using VpnBot.Windows.RrasService;

namespace VpnBot.Windows.Tests.Support;

/// <summary>
/// Service states as <c>Get-Service … | Select-Object Name,DisplayName,Status,StartType | ConvertTo-Json</c>
/// recorded them: the numbers are ServiceController's, mapped by the production code. A service the recording
/// lacks is not installed, as Get-Service reports it.
/// </summary>
internal sealed class RecordedServices : IServiceStates
{
    private readonly Dictionary<string, ServiceState> _states = new(StringComparer.OrdinalIgnoreCase);

    private RecordedServices()
    {
    }

    public static RecordedServices From(string fixture)
    {
        var services = new RecordedServices();
        using var document = JsonDocument.Parse(Fixture.Text(fixture));
        var rows = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToList() : [document.RootElement];
        foreach (var row in rows)
        {
            var name = row.GetProperty("Name").GetString()!;
            services._states[name] = ServiceState.FromController(name, row.GetProperty("Status").GetInt32(), row.GetProperty("StartType").GetInt32());
        }

        return services;
    }

    public RecordedServices With(ServiceState state)
    {
        _states[state.Name] = state;
        return this;
    }

    public ServiceState Query(string name) => _states.TryGetValue(name, out var state) ? state : ServiceState.NotInstalled(name);
}
