using System.Net;

namespace VpnBot.Lab.Topology;

/// <summary>strongSwan (charon) responders on the real ports, one per IKE behaviour the probes must tell apart.</summary>
public sealed record IkeTopology
{
    /// <summary>The healthy VPN server's responder: IKEv1 Main Mode and IKEv2, strongSwan default proposals.</summary>
    public required IkeResponder Default { get; init; }

    /// <summary>
    /// Accepts only <c>aes256gcm16-prfsha384-ecp384</c>: a probe offering AES-CBC with SHA2/SHA1 and MODP or
    /// ECP-256 groups gets Notify NO_PROPOSAL_CHOSEN (14) — a live server with a policy mismatch.
    /// </summary>
    public required IkeResponder SuiteBOnly { get; init; }

    /// <summary>
    /// Common ciphers, but MODP-3072 (group 15) as its only DH group: a probe that offers group 15 but sends its
    /// KE payload for another group gets Notify INVALID_KE_PAYLOAD (17) asking for group 15.
    /// </summary>
    public required IkeResponder Modp3072Only { get; init; }

    /// <summary>
    /// Default proposals under DoS protection with a cookie threshold of one half-open SA (which the lab opens
    /// at start): every IKE_SA_INIT without a valid cookie gets Notify COOKIE (16390).
    /// </summary>
    public required IkeResponder CookieRequired { get; init; }

    /// <summary>
    /// Default proposals behind the firewall, which drops UDP 500 and passes UDP 4500: silence on 500,
    /// answers on 4500 with the non-ESP marker (NAT-T). The firewall also drops TCP 443 to it, so with the
    /// silent DNS server this is the "broken endpoint": every kind of silence at once.
    /// </summary>
    public required IkeResponder Udp500Filtered { get; init; }

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
