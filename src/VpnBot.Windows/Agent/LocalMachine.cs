namespace VpnBot.Windows.Agent;

/// <summary>
/// The machine the agent runs on: the subject of the server-side findings (<c>rras.service on VPN01</c>), so
/// a report from several agents says whose services and logs each finding is about.
/// </summary>
/// <param name="Name">The NetBIOS computer name, as Services, Event Viewer and certlm.msc show it.</param>
public sealed record LocalMachine(string Name)
{
    public static LocalMachine Current { get; } = new(Environment.MachineName);
}
