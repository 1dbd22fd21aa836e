using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// SSTP on TCP 443. No working SSTP listener can run here (see <see cref="TlsTopology.SstpUnavailableReason"/>);
/// what there is, is the broken one and TLS endpoints that are not SSTP at all (every <see cref="TlsTopology"/> endpoint).
/// </summary>
/// <param name="BrokenListener">
/// SoftEther VPN Server with SSTP enabled: TLS completes (self-signed certificate, not the lab's), a plain GET gets
/// HTTP 403, and SSTP_DUPLEX_POST to the SSTP URI is never answered — <c>sstp.listener</c> fails as silent after TLS
/// (<c>outcome=silent</c>, <c>stage=http</c>).
/// </param>
/// <param name="Server">What runs there, with its version.</param>
public sealed record SstpTopology(IPEndPoint BrokenListener, string Server);
