using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>The firewall namespace: routes the subnets behind it and filters with iptables.</summary>
/// <param name="Namespace">Its network namespace.</param>
/// <param name="OutsideAddress">Its address on the bridge, the next hop for the routed subnets.</param>
/// <param name="Rules">The iptables-restore rules it runs.</param>
public sealed record FirewallTopology(string Namespace, IPAddress OutsideAddress, string Rules);
