using VpnBot.Bot.Storage;
using VpnBot.Diagnostics.Vantages;

namespace VpnBot.Bot.Agents;

/// <summary>An agent connected right now.</summary>
/// <param name="ConnectedSince">When this connection was made.</param>
public sealed record RemoteAgent(string Name, string Site, AgentFacts Facts, DateTimeOffset ConnectedSince)
{
    public VantageKind Vantage => string.Equals(Facts.Vantage, "outside", StringComparison.OrdinalIgnoreCase) ? VantageKind.Outside : VantageKind.Inside;

    public VantagePoint Point => new(Name, Site, Vantage);
}
