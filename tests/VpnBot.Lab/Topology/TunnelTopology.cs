using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// PPTP and L2TP control channels. The kernel here has no PPP, so data sessions cannot come up; the
/// control connections (what the probes test) work.
/// </summary>
/// <param name="Pptp">pptpd on the healthy VPN server: answers Start-Control-Connection-Request with result 1 (OK).</param>
/// <param name="PptpRejected">pptpd behind the firewall, which rejects TCP 1723 with a RST: the connection is refused.</param>
/// <param name="L2tp">xl2tpd on the healthy VPN server: answers SCCRQ with SCCRP on UDP 1701.</param>
public sealed record TunnelTopology(IPEndPoint Pptp, IPEndPoint PptpRejected, IPEndPoint L2tp);
