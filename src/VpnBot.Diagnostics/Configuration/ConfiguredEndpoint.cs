using VpnBot.Diagnostics.Checks;

namespace VpnBot.Diagnostics.Configuration;

/// <summary>An endpoint from <c>Vpn:Endpoints</c>, validated into a target the runner can check.</summary>
public sealed record ConfiguredEndpoint(string Name, CheckTarget Target)
{
    public string Fqdn => Target.Fqdn;

    /// <summary>The sites whose agents check the endpoint, lower case; empty for every connected agent.</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];
}
