namespace VpnBot.Diagnostics.Vantages;

/// <summary>Where one set of findings was gathered: an agent (or the host's in-process agent), its site and side.</summary>
/// <param name="Name">The agent's name (<c>tokyo-dmz</c>); the host's own is <see cref="InProcessName"/>.</param>
/// <param name="Site">The site the agent serves (<c>tokyo</c>).</param>
/// <param name="Kind">Inside or outside the network.</param>
public sealed record VantagePoint(string Name, string Site, VantageKind Kind)
{
    /// <summary>The name of the checks the host runs itself.</summary>
    public const string InProcessName = "host";
}
