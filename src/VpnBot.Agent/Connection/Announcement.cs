using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using VpnBot.Agent.Configuration;
using VpnBot.Agents.Protocol.Messages;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Configuration;
using VpnBot.Diagnostics.Probes.Gre;

namespace VpnBot.Agent.Connection;

/// <summary>What this agent tells the host about itself on every connect; worked out once at start.</summary>
internal sealed class Announcement(IEnumerable<ICheck> checks, EndpointCatalog endpoints, IOptions<AgentOptions> options)
{
    private readonly Lazy<AgentAnnouncement> _message = new(() =>
    {
        var ids = checks.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        return new AgentAnnouncement(
            options.Value.Vantage.ToString().ToLowerInvariant(),
            Version,
            $"{RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}".Trim(),
            ids,
            WindowsCollectors: OperatingSystem.IsWindows() && ids.Contains(CheckIds.RrasService),
            RawSockets: GreCapability.CanOpenRawSockets(),
            [.. endpoints.Names]);
    });

    public static string Version { get; } =
        typeof(Announcement).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public AgentAnnouncement Message => _message.Value;
}
