namespace VpnBot.Lab.Topology;

/// <summary>
/// Everything a running lab offers, for tests to aim checks at: the healthy VPN server, and one
/// deliberately broken endpoint per failure the checks must recognise. All addresses are reachable
/// from the process that started the lab (it sits on the lab's bridge); ports are the real ones.
/// </summary>
public sealed record LabTopology
{
    /// <summary>The slot this lab holds (0..31); its names start with <c>vl{Slot}-</c>.</summary>
    public required int Slot { get; init; }

    /// <summary>The lab's private folder: daemon configurations, zone files, certificates.</summary>
    public required string Directory { get; init; }

    /// <summary>The bridge, the subnets and the address tests send from.</summary>
    public required NetworkLayout Network { get; init; }

    /// <summary>
    /// The healthy VPN server: every check aimed at it passes but the one the lab cannot satisfy, <c>sstp.listener</c>
    /// (see <see cref="TlsTopology.SstpUnavailableReason"/>). <c>cert.revocation</c> passes: its certificate's CRL and
    /// OCSP responder answer (<see cref="Pki"/>).
    /// </summary>
    public required VpnServer Vpn { get; init; }

    /// <summary>DNS servers and DNS scenarios.</summary>
    public required DnsTopology Dns { get; init; }

    /// <summary>IKE responders, one per IKE behaviour.</summary>
    public required IkeTopology Ike { get; init; }

    /// <summary>PPTP and L2TP control channels.</summary>
    public required TunnelTopology Tunnels { get; init; }

    /// <summary>TLS endpoints and the certificates they present.</summary>
    public required TlsTopology Tls { get; init; }

    /// <summary>The CAs and the servers publishing their CRLs and OCSP answers.</summary>
    public required PkiTopology Pki { get; init; }

    /// <summary>SSTP: the broken SoftEther listener.</summary>
    public required SstpTopology Sstp { get; init; }

    /// <summary>The firewall namespace in front of the filtered servers.</summary>
    public required FirewallTopology Firewall { get; init; }

    /// <summary>Every namespace of the lab, with its addresses and daemons.</summary>
    public required IReadOnlyList<LabHost> Hosts { get; init; }

    /// <summary>How long the lab took to start, from taking the slot to the last daemon ready.</summary>
    public TimeSpan StartupTime { get; init; }
}
