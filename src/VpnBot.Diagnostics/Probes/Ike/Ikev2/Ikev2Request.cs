using System.Net;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>Everything one IKE_SA_INIT request is made of.</summary>
/// <param name="InitiatorSpi">The random SPIi the reply must echo.</param>
/// <param name="Offer">The proposal's transforms.</param>
/// <param name="KeyExchangeGroup">The group of the Key Exchange payload; one of the offer's groups.</param>
/// <param name="PublicValue">The public value for that group.</param>
/// <param name="Nonce">Ni, RFC 7296 §2.10: random, at least 16 bytes.</param>
/// <param name="Local">The address and port the request leaves from (hashed into NAT_DETECTION_SOURCE_IP).</param>
/// <param name="Remote">The address and port it goes to (hashed into NAT_DETECTION_DESTINATION_IP).</param>
internal sealed record Ikev2Request(
    ulong InitiatorSpi,
    Ikev2Offer Offer,
    ushort KeyExchangeGroup,
    byte[] PublicValue,
    byte[] Nonce,
    IPEndPoint Local,
    IPEndPoint Remote)
{
    /// <summary>The responder's cookie when retrying after a COOKIE notify (RFC 7296 §2.6).</summary>
    public byte[]? Cookie { get; init; }
}
