using System.Net;

namespace VpnBot.Lab.Network;

/// <summary>
/// A host of the lab: one network namespace with an <c>eth0</c>, either on the bridge (its root-side
/// veth carries the namespace's name) or behind the firewall namespace on a routed subnet.
/// </summary>
/// <param name="Role">What it is for ("dns-primary").</param>
/// <param name="Namespace">Network namespace name (<c>vlN-...</c>).</param>
/// <param name="Addresses">Its addresses on eth0; the first is the main one.</param>
/// <param name="RoutedSubnet">For a host behind the firewall: which /24 above the bridge it sits on.</param>
internal sealed record PlannedHost(string Role, string Namespace, IReadOnlyList<IPAddress> Addresses, int? RoutedSubnet = null)
{
    public IPAddress Address => Addresses[0];

    public bool BehindFirewall => RoutedSubnet is not null;

    /// <summary>The firewall namespace's end of this host's veth (only for hosts behind it).</summary>
    public string FirewallLink => $"in{RoutedSubnet}";
}
