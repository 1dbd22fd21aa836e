namespace VpnBot.Diagnostics.Checks;

/// <summary>The RRAS tunnel types an endpoint offers; the plan probes only what is enabled.</summary>
[Flags]
public enum VpnProtocols
{
    None = 0,
    Ikev2 = 1,
    L2tp = 2,
    Sstp = 4,
    Pptp = 8,
    All = Ikev2 | L2tp | Sstp | Pptp,
}
