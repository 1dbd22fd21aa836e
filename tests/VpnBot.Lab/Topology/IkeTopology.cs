using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>strongSwan (charon) responders on the real ports, one per IKE behaviour the probes must tell apart.</summary>
public sealed record IkeTopology
{
    /// <summary>
    /// The healthy VPN server's responder: IKEv1 Main Mode and IKEv2, strongSwan default proposals. These prefer
    /// ECP-256, so an IKEv2 offer like Windows' (KE for MODP-2048 first) gets INVALID_KE_PAYLOAD asking for ECP-256,
    /// and the retry an SA with AES-CBC-128/SHA2-256/ECP-256; Main Mode gets AES-CBC-256/SHA2-256/MODP-2048/PSK.
    /// </summary>
    public required IkeResponder Default { get; init; }

    /// <summary>
    /// Accepts only <c>aes256gcm16-prfsha384-ecp384</c>, for IKEv2 and IKEv1: an IKEv2 probe offering AES-CBC with
    /// SHA2/SHA1 and MODP or ECP-256 groups gets Notify NO_PROPOSAL_CHOSEN (14) — a live server with a policy
    /// mismatch (13868); an IKEv1 Main Mode offer gets an Informational NO-PROPOSAL-CHOSEN (788 for L2TP/IPsec).
    /// </summary>
    public required IkeResponder SuiteBOnly { get; init; }

    /// <summary>
    /// Common ciphers, but MODP-3072 (group 15) as its only DH group: an offer that includes group 15 but sends its
    /// KE payload for another group gets Notify INVALID_KE_PAYLOAD (17) asking for group 15. Windows offers no
    /// group 15 (MODP-1024, MODP-2048, ECP-256, ECP-384), so <c>ike.v2</c>, which offers what Windows does, gets
    /// NO_PROPOSAL_CHOSEN (13868): a policy mismatch.
    /// </summary>
    public required IkeResponder Modp3072Only { get; init; }

    /// <summary>
    /// AES-CBC with SHA2-256/SHA1 and MODP-2048, under DoS protection with a cookie threshold of one half-open SA
    /// (which the lab opens at start): every IKE_SA_INIT without a valid cookie gets Notify COOKIE (16390); the
    /// retry with the cookie (and a MODP-2048 KE, Windows' first) gets an SA.
    /// </summary>
    public required IkeResponder CookieRequired { get; init; }

    /// <summary>
    /// Default proposals behind the firewall, which drops UDP 500 and passes UDP 4500: silence on 500,
    /// answers on 4500 with the non-ESP marker (NAT-T), and the diagnosis "UDP 500 blocked" (809). The firewall
    /// also drops UDP 1701, TCP 1723 and TCP 443 to it, so with the silent DNS server this is the "broken
    /// endpoint": every kind of silence at once, NAT-T the one port that answers.
    /// </summary>
    public required IkeResponder Udp500Filtered { get; init; }

    /// <summary>
    /// IKEv2 with <c>aes256-sha256-modp1024</c> only, like a Windows Server whose IKEv2 policy was never changed
    /// (DH group 2): a probe that offers MODP-1024 but sends its KE payload for MODP-2048 gets INVALID_KE_PAYLOAD
    /// asking for group 2, and the retry with a MODP-1024 key exchange gets an SA. Answers no IKEv1.
    /// </summary>
    public required IkeResponder Modp1024Only { get; init; }

    /// <summary>
    /// A responder set up like an RRAS server for Windows clients, sending strongSwan's Vendor ID: IKEv1 with the
    /// Main Mode proposals Windows L2TP/IPsec uses (<c>aes256-sha1-modp2048</c>, <c>aes128-sha1-modp2048</c>,
    /// <c>3des-sha1-modp1024</c>), so <c>ike.v1</c> gets AES-CBC-256/SHA1/MODP-2048/PSK (and ike-scan's 3DES offer
    /// is answered too); IKEv2 with <c>aes128-aes256-sha256-sha1-modp2048-modp1024</c>, so the KE Windows sends
    /// first (MODP-2048) gets an SA at once: AES-CBC-128/SHA2-256/MODP-2048. Shares a charon with <see cref="Modp1024Only"/>.
    /// </summary>
    public required IkeResponder RrasLike { get; init; }

    /// <summary>
    /// Default proposals on a host behind the firewall, reached through destination NAT: the firewall forwards
    /// UDP 500 and 4500 of its front address (<see cref="IkeResponder.Address"/>) to <see cref="BehindNatInside"/>.
    /// The responder's NAT_DETECTION_SOURCE_IP hashes the inside address, so IKEv2 reports the server behind NAT
    /// (<c>nat=server-behind-nat</c>), and <c>ike.nat-t</c> warns for L2TP/IPsec clients (Windows needs
    /// AssumeUDPEncapsulationContextOnSendRule for a server behind NAT).
    /// </summary>
    public required IkeResponder BehindNat { get; init; }

    /// <summary>The address <see cref="BehindNat"/> really has, on its subnet behind the firewall.</summary>
    public required IPAddress BehindNatInside { get; init; }

    /// <summary>
    /// An address whose host runs no IKE daemon (the tunnel-quirks host, which has pptpd): the kernel answers UDP 500
    /// and 4500 with ICMP port unreachable, and the IKE probes fail as refused.
    /// </summary>
    public required IPAddress NoResponder { get; init; }

    /// <summary>The pre-shared key every responder accepts.</summary>
    public required string PreSharedKey { get; init; }
}

/// <summary>An IKE responder.</summary>
/// <param name="Address">Its address.</param>
/// <param name="IkePort">UDP 500.</param>
/// <param name="NatTPort">UDP 4500.</param>
/// <param name="Versions">IKE versions it answers: "ikev1,ikev2" or "ikev2".</param>
/// <param name="Proposals">Its swanctl IKE proposals.</param>
/// <param name="ExpectedNotify">The IKEv2 notify a default probe gets (14, 17, 16390), or null when it gets an SA.</param>
/// <param name="RequestedDhGroup">For INVALID_KE_PAYLOAD, the DH group the responder asks for.</param>
/// <param name="Namespace">Its network namespace.</param>
public sealed record IkeResponder(
    IPAddress Address,
    int IkePort,
    int NatTPort,
    string Versions,
    string Proposals,
    int? ExpectedNotify,
    int? RequestedDhGroup,
    string Namespace)
{
    /// <summary>UDP 500.</summary>
    public IPEndPoint Ike => new(Address, IkePort);

    /// <summary>UDP 4500.</summary>
    public IPEndPoint NatT => new(Address, NatTPort);
}
