namespace VpnBot.Agents.Protocol;

/// <summary>Where on the bot host agents connect, relative to the host's base address.</summary>
public static class AgentRoutes
{
    /// <summary>The SignalR hub an enrolled agent keeps its connection to (WebSockets only).</summary>
    public const string Hub = "/agents/hub";

    /// <summary>Where an agent exchanges its one-time enrolment token for its own credential.</summary>
    public const string Enrol = "/agents/enrol";
}
