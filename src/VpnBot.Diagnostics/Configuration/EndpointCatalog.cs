using Microsoft.Extensions.Options;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// The configured endpoints, validated once: <see cref="EndpointCatalogValidator"/> stops the host at start
/// when one is invalid, so a command never meets a bad endpoint.
/// </summary>
public sealed class EndpointCatalog
{
    public EndpointCatalog(IOptions<VpnOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var vpn = options.Value;
        var endpoints = new List<ConfiguredEndpoint>(vpn.Endpoints.Count);
        for (var i = 0; i < vpn.Endpoints.Count; i++)
        {
            var result = CheckTargetFactory.Create(vpn.Endpoints[i], vpn.Thresholds, ArgumentNames.Configuration(i));
            if (result.Target is { } target)
            {
                endpoints.Add(new ConfiguredEndpoint(target.Name, target)
                {
                    Sites = [.. vpn.Endpoints[i].Sites.Select(SiteNames.Normalize).Distinct(StringComparer.Ordinal)],
                });
            }
        }

        All = endpoints;
        Deadline = vpn.Deadline;
    }

    public IReadOnlyList<ConfiguredEndpoint> All { get; }

    /// <summary>How long one check run may take.</summary>
    public TimeSpan Deadline { get; }

    public IReadOnlyList<string> Names => All.Select(e => e.Name).ToList();

    /// <summary>
    /// Finds an endpoint by name or FQDN (either case); with no name given, the only endpoint when exactly one
    /// is configured.
    /// </summary>
    public ConfiguredEndpoint? Find(string? nameOrFqdn)
    {
        if (string.IsNullOrWhiteSpace(nameOrFqdn))
        {
            return All.Count == 1 ? All[0] : null;
        }

        var wanted = nameOrFqdn.Trim().TrimEnd('.');
        return All.FirstOrDefault(e => string.Equals(e.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(e => string.Equals(e.Fqdn, wanted, StringComparison.OrdinalIgnoreCase));
    }
}
