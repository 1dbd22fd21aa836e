using System.Net;

namespace VpnBot.Diagnostics.Targets;

/// <summary>The address the probes dial, and where it came from.</summary>
/// <param name="Address">The address, or null when the name did not resolve from here.</param>
/// <param name="Source">Where it came from: <c>configured</c>, a DNS server <c>ADDR:PORT</c>, or <c>system</c>.</param>
/// <param name="All">Every address the source gave.</param>
public sealed record ServerAddress(IPAddress? Address, string Source, IReadOnlyList<IPAddress> All)
{
    public bool Resolved => Address is not null;
}
