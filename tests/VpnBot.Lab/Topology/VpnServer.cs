using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>
/// The healthy VPN server, the way a working RRAS server looks from outside: its name resolves on both
/// internal servers with a forward-confirmed PTR, strongSwan answers IKEv1 and IKEv2 on UDP 500 and 4500
/// (default proposals, pre-shared key), xl2tpd answers on UDP 1701, pptpd on TCP 1723 and carries a call's
/// PPP in GRE (its PPP program is a stand-in, see <see cref="TunnelTopology.Pptp"/>), and TLS on 443 presents
/// the good certificate (SAN = <see cref="Name"/>, EKU serverAuth + IKE intermediate, from the lab CA, whose CRL and
/// OCSP responder answer: see <see cref="PkiTopology"/>).
/// </summary>
/// <param name="Name">The internal name (<c>vpn.example.local</c>), in the good certificate.</param>
/// <param name="PublicName">The public name on the external server (<c>vpn.example.net</c>), resolving to the same address.</param>
/// <param name="Address">The server's address.</param>
/// <param name="IkePort">UDP 500.</param>
/// <param name="NatTPort">UDP 4500.</param>
/// <param name="L2tpPort">UDP 1701.</param>
/// <param name="PptpPort">TCP 1723.</param>
/// <param name="TlsPort">TCP 443.</param>
public sealed record VpnServer(string Name, string PublicName, IPAddress Address, int IkePort, int NatTPort, int L2tpPort, int PptpPort, int TlsPort)
{
    /// <summary>UDP 500.</summary>
    public IPEndPoint Ike => new(Address, IkePort);

    /// <summary>UDP 4500.</summary>
    public IPEndPoint NatT => new(Address, NatTPort);

    /// <summary>UDP 1701.</summary>
    public IPEndPoint L2tp => new(Address, L2tpPort);

    /// <summary>TCP 1723.</summary>
    public IPEndPoint Pptp => new(Address, PptpPort);

    /// <summary>TCP 443.</summary>
    public IPEndPoint Tls => new(Address, TlsPort);
}
