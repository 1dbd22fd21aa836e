using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// PPTP and L2TP control channels, and GRE. The kernel here has no PPP, so pppd cannot start and no data session
/// comes up; where GRE matters, pptpd runs a stand-in PPP program instead that writes one LCP Configure-Request,
/// which pptpd carries to the caller in GRE as it would pppd's first frame.
/// </summary>
public sealed record TunnelTopology
{
    /// <summary>
    /// pptpd on the healthy VPN server: <c>pptp.control</c> passes (Start-Control-Connection-Reply, result 1, host
    /// <see cref="PptpHostName"/>, vendor <see cref="PptpVendor"/>), and <c>gre.path</c> passes: a call gets the PPP
    /// stand-in's LCP Configure-Request back in GRE (<c>grePayload=lcp</c>).
    /// </summary>
    public required IPEndPoint Pptp { get; init; }

    /// <summary>pptpd behind the firewall, which rejects TCP 1723 with a RST: <c>pptp.control</c> fails as refused (619).</summary>
    public required IPEndPoint PptpRejected { get; init; }

    /// <summary>
    /// pptpd as shipped, with the real pppd, which cannot start without kernel PPP: <c>pptp.control</c> passes, and a
    /// call is answered "connected" and then the control connection is closed about 20 ms later without any GRE or
    /// Call-Disconnect-Notify, so <c>gre.path</c> reports an error (<c>callState=closed</c>), not a verdict on the path.
    /// </summary>
    public required IPEndPoint PptpWithoutPpp { get; init; }

    /// <summary>
    /// pptpd with the PPP stand-in behind the firewall, which drops GRE (IP protocol 47) both ways and passes TCP 1723:
    /// <c>pptp.control</c> passes and <c>gre.path</c> fails with 806 — the call connects, no GRE arrives.
    /// </summary>
    public required IPEndPoint PptpGreFiltered { get; init; }

    /// <summary>The host name pptpd puts in its Start-Control-Connection-Reply: "local".</summary>
    public required string PptpHostName { get; init; }

    /// <summary>The vendor pptpd puts in its Start-Control-Connection-Reply: "linux".</summary>
    public required string PptpVendor { get; init; }

    /// <summary>xl2tpd on the healthy VPN server: <c>l2tp.control</c> passes (SCCRP from <see cref="L2tpHostName"/>, vendor <see cref="L2tpVendor"/>).</summary>
    public required IPEndPoint L2tp { get; init; }

    /// <summary>
    /// xl2tpd with access control on and no peer allowed: it answers every SCCRQ with StopCCN, result 2, error 6,
    /// "No Authorization" — <c>l2tp.control</c> warns with the server's refusal.
    /// </summary>
    public required IPEndPoint L2tpRefusing { get; init; }

    /// <summary>The host name xl2tpd on the VPN gives in its SCCRP: "vpn-lns".</summary>
    public required string L2tpHostName { get; init; }

    /// <summary>The vendor xl2tpd puts in its SCCRP: "xelerance.com".</summary>
    public required string L2tpVendor { get; init; }
}
