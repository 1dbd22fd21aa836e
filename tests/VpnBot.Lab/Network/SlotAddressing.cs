using System.Net;

namespace VpnBot.Lab.Network;

/// <summary>
/// Names and addresses owned by slot N: names start with <c>vlN-</c>; addresses live in 198.18.(8N).0/21 —
/// the bridge on 198.18.(8N).0/24 and the subnets behind the firewall on the seven /24s above it. All of it
/// sits in 198.18.0.0/16, the lower half of the benchmarking range (RFC 2544), which nothing else here routes.
/// </summary>
internal sealed class SlotAddressing
{
    public SlotAddressing(int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slot, 32);
        Slot = slot;
        Base = slot * 8;
    }

    public int Slot { get; }

    /// <summary>Third octet of the slot's bridge subnet.</summary>
    public int Base { get; }

    public string Prefix => $"vl{Slot}-";

    /// <summary>The bridge in the root namespace; the test process talks to the lab through it.</summary>
    public string Bridge => Name("br");

    /// <summary>The root namespace's address on the bridge: the source of every probe a test sends.</summary>
    public IPAddress Gateway => OnBridge(1);

    public string BridgeSubnet => $"198.18.{Base}.0/24";

    /// <summary>A name in the slot, kept within the 15 characters Linux allows an interface name.</summary>
    public string Name(string suffix)
    {
        var name = Prefix + suffix;
        return name.Length <= 15 ? name : throw new ArgumentException($"{name} is longer than an interface name may be.", nameof(suffix));
    }

    public IPAddress OnBridge(int host) => new([198, 18, (byte)Base, (byte)host]);

    /// <summary>An address in the <paramref name="subnet"/>-th /24 above the bridge (1..7), routed through the firewall.</summary>
    public IPAddress Routed(int subnet, int host)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subnet, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subnet, 7);
        return new([198, 18, (byte)(Base + subnet), (byte)host]);
    }

    public string RoutedSubnet(int subnet) => $"198.18.{Base + subnet}.0/24";

    /// <summary>The reverse zone of the bridge subnet.</summary>
    public string ReverseZone => $"{Base}.18.198.in-addr.arpa";
}
