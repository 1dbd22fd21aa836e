using VpnBot.Diagnostics.Checks;

namespace VpnBot.Bot.Endpoints;

/// <summary>An endpoint from <c>Vpn:Endpoints</c>, validated into a target the runner can check.</summary>
public sealed record ConfiguredEndpoint(string Name, CheckTarget Target)
{
    public string Fqdn => Target.Fqdn;
}
