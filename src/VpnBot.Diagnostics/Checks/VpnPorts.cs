namespace VpnBot.Diagnostics.Checks;

/// <summary>Ports the probes dial. Defaults are the IANA assignments RRAS listens on.</summary>
public sealed record VpnPorts
{
    public static VpnPorts Default { get; } = new();

    /// <summary>IKE, RFC 7296 §2: UDP 500.</summary>
    public int Ike { get; init; } = 500;

    /// <summary>IKE and ESP behind NAT, RFC 3948: UDP 4500.</summary>
    public int NatT { get; init; } = 4500;

    /// <summary>L2TP control, RFC 2661: UDP 1701.</summary>
    public int L2tp { get; init; } = 1701;

    /// <summary>PPTP control, RFC 2637: TCP 1723.</summary>
    public int Pptp { get; init; } = 1723;

    /// <summary>SSTP over HTTPS, MS-SSTP: TCP 443.</summary>
    public int Sstp { get; init; } = 443;
}
