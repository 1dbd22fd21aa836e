using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>The lab's own network: a bridge in the root namespace and subnets routed through the firewall.</summary>
/// <param name="Bridge">The bridge interface in the root namespace (<c>vl{slot}-br</c>).</param>
/// <param name="BridgeSubnet">The bridge subnet, 198.18.(8·slot).0/24.</param>
/// <param name="Gateway">The root namespace's address on the bridge: the source address of every probe a test sends.</param>
/// <param name="RoutedSubnets">Subnets behind the firewall, routed from the root namespace through it.</param>
public sealed record NetworkLayout(string Bridge, string BridgeSubnet, IPAddress Gateway, IReadOnlyList<string> RoutedSubnets);

/// <summary>One network namespace of the lab.</summary>
/// <param name="Role">What the host is for.</param>
/// <param name="Namespace">Its network namespace (<c>ip netns exec NAME ...</c>).</param>
/// <param name="Addresses">Its addresses.</param>
/// <param name="Daemons">The daemons running in it.</param>
public sealed record LabHost(string Role, string Namespace, IReadOnlyList<IPAddress> Addresses, IReadOnlyList<string> Daemons);
