namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// What the IKE probes propose, written out so a responder can be configured to match it or, in a
/// policy-mismatch test, not to. The probes are built from these exact lists (a unit test holds them equal).
/// </summary>
public static class IkeDefaultOffers
{
    /// <summary>
    /// The <c>ike.v2</c> IKE_SA_INIT offer: one IKE proposal whose transforms cover what Windows RRAS and
    /// Windows clients negotiate with their default and common custom policies (encryption / integrity /
    /// PRF / Diffie-Hellman group, alternatives separated by <c>|</c>). The Key Exchange payload is for the
    /// first group, MODP_2048; a responder wanting another offered group answers INVALID_KE_PAYLOAD.
    /// </summary>
    public const string Ikev2 =
        "AES_CBC-256|AES_CBC-128|3DES/HMAC_SHA2_256_128|HMAC_SHA2_384_192|HMAC_SHA1_96/PRF_HMAC_SHA2_256|PRF_HMAC_SHA2_384|PRF_HMAC_SHA1/MODP_2048|MODP_1024|ECP_256|ECP_384";

    /// <summary>
    /// The <c>ike.v1</c> Main Mode offer, as a Windows L2TP/IPsec client makes it: one transform for every
    /// combination of encryption × hash × Diffie-Hellman group × authentication, in this order of preference,
    /// each with a lifetime of 28800 seconds.
    /// </summary>
    public const string Ikev1 =
        "AES_CBC-256|AES_CBC-128|3DES × SHA2_256|SHA1 × MODP_2048|MODP_1024 × PSK|RSA_SIG";
}
