namespace VpnBot.Windows.RrasService;

/// <summary>Reads a service's state from the Service Control Manager; the seam tests replace with recorded states.</summary>
internal interface IServiceStates
{
    /// <summary>The state of <paramref name="name"/>; a missing or unreadable service is a state, never an exception.</summary>
    ServiceState Query(string name);
}
