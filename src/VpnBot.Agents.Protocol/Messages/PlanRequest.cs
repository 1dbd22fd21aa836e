namespace VpnBot.Agents.Protocol.Messages;

/// <summary>
/// One check run asked of an agent. It names the endpoint rather than describing it: an agent checks only the
/// endpoints its own configuration defines, so a host (or anyone holding its connection) cannot point agents
/// at arbitrary addresses.
/// </summary>
/// <param name="RunId">Correlates the findings the agent streams back.</param>
/// <param name="Endpoint">The endpoint's configured name.</param>
/// <param name="Checks">Check ids to run; empty for every check that applies.</param>
/// <param name="DeadlineMs">How long the agent may take, leaving the host time to combine.</param>
public sealed record PlanRequest(string RunId, string Endpoint, IReadOnlyList<string> Checks, int DeadlineMs);
