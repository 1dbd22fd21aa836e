namespace VpnBot.Agents.Protocol.Messages;

/// <summary>What an agent tells the host about itself when it connects.</summary>
/// <param name="Vantage"><c>inside</c> or <c>outside</c> the corporate network.</param>
/// <param name="Version">The agent's version.</param>
/// <param name="Platform">Operating system and architecture (<c>Windows Server 2022 x64</c>, <c>Debian 12 x64</c>).</param>
/// <param name="Checks">The check ids this agent can run.</param>
/// <param name="WindowsCollectors">True when it reads RRAS, services and event logs (an agent on the Windows VPN server).</param>
/// <param name="RawSockets">True when it may open raw sockets, which <c>gre.path</c> needs.</param>
/// <param name="Endpoints">The endpoint names its own configuration defines.</param>
public sealed record AgentAnnouncement(
    string Vantage,
    string Version,
    string Platform,
    IReadOnlyList<string> Checks,
    bool WindowsCollectors,
    bool RawSockets,
    IReadOnlyList<string> Endpoints);
