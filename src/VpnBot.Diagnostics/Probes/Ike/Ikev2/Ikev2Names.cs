using System.Globalization;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>
/// IANA names of IKEv2 transform ids and notify types ("IKEv2 Parameters" registry), so evidence reads
/// the way strongSwan logs and Windows event text spell them.
/// </summary>
internal static class Ikev2Names
{
    public static string Transform(Ikev2Transform transform)
    {
        var name = transform.Type switch
        {
            Ikev2TransformType.Encryption => Encryption(transform.Id),
            Ikev2TransformType.Prf => Prf(transform.Id),
            Ikev2TransformType.Integrity => Integrity(transform.Id),
            Ikev2TransformType.DiffieHellman => Group(transform.Id),
            _ => string.Create(CultureInfo.InvariantCulture, $"TRANSFORM_{transform.Type}_{transform.Id}"),
        };
        return transform.KeyLength is { } bits ? string.Create(CultureInfo.InvariantCulture, $"{name}-{bits}") : name;
    }

    public static string Encryption(ushort id) => id switch
    {
        2 => "DES",
        3 => "3DES",
        11 => "NULL",
        12 => "AES_CBC",
        13 => "AES_CTR",
        14 => "AES_CCM_8",
        15 => "AES_CCM_12",
        16 => "AES_CCM_16",
        18 => "AES_GCM_8",
        19 => "AES_GCM_12",
        20 => "AES_GCM_16",
        23 => "CAMELLIA_CBC",
        28 => "CHACHA20_POLY1305",
        _ => Unknown("ENCR", id),
    };

    public static string Prf(ushort id) => id switch
    {
        1 => "PRF_HMAC_MD5",
        2 => "PRF_HMAC_SHA1",
        4 => "PRF_AES128_XCBC",
        5 => "PRF_HMAC_SHA2_256",
        6 => "PRF_HMAC_SHA2_384",
        7 => "PRF_HMAC_SHA2_512",
        8 => "PRF_AES128_CMAC",
        _ => Unknown("PRF", id),
    };

    public static string Integrity(ushort id) => id switch
    {
        0 => "NONE",
        1 => "HMAC_MD5_96",
        2 => "HMAC_SHA1_96",
        5 => "AES_XCBC_96",
        8 => "AES_CMAC_96",
        12 => "HMAC_SHA2_256_128",
        13 => "HMAC_SHA2_384_192",
        14 => "HMAC_SHA2_512_256",
        _ => Unknown("INTEG", id),
    };

    /// <summary>Diffie-Hellman group names (RFC 7296 §3.3.2, RFC 3526, RFC 5903, RFC 8031).</summary>
    public static string Group(ushort id) => id switch
    {
        1 => "MODP_768",
        2 => "MODP_1024",
        5 => "MODP_1536",
        14 => "MODP_2048",
        15 => "MODP_3072",
        16 => "MODP_4096",
        17 => "MODP_6144",
        18 => "MODP_8192",
        19 => "ECP_256",
        20 => "ECP_384",
        21 => "ECP_521",
        22 => "MODP_1024_160",
        23 => "MODP_2048_224",
        24 => "MODP_2048_256",
        25 => "ECP_192",
        26 => "ECP_224",
        27 => "ECP_224_BP",
        28 => "ECP_256_BP",
        29 => "ECP_384_BP",
        30 => "ECP_512_BP",
        31 => "CURVE25519",
        32 => "CURVE448",
        _ => Unknown("GROUP", id),
    };

    /// <summary>Notify names as the registry spells them, e.g. <c>NO_PROPOSAL_CHOSEN</c>.</summary>
    public static string Notify(ushort type) => type switch
    {
        1 => "UNSUPPORTED_CRITICAL_PAYLOAD",
        4 => "INVALID_IKE_SPI",
        5 => "INVALID_MAJOR_VERSION",
        7 => "INVALID_SYNTAX",
        9 => "INVALID_MESSAGE_ID",
        11 => "INVALID_SPI",
        14 => "NO_PROPOSAL_CHOSEN",
        17 => "INVALID_KE_PAYLOAD",
        24 => "AUTHENTICATION_FAILED",
        43 => "TEMPORARY_FAILURE",
        16384 => "INITIAL_CONTACT",
        16388 => "NAT_DETECTION_SOURCE_IP",
        16389 => "NAT_DETECTION_DESTINATION_IP",
        16390 => "COOKIE",
        16404 => "MULTIPLE_AUTH_SUPPORTED",
        16406 => "REDIRECT_SUPPORTED",
        16407 => "REDIRECT",
        16418 => "CHILDLESS_IKEV2_SUPPORTED",
        16430 => "IKEV2_FRAGMENTATION_SUPPORTED",
        16431 => "SIGNATURE_HASH_ALGORITHMS",
        _ => Unknown("NOTIFY", type),
    };

    /// <summary>A name with its number, e.g. <c>NO_PROPOSAL_CHOSEN (14)</c>.</summary>
    public static string NotifyWithNumber(ushort type) => string.Create(CultureInfo.InvariantCulture, $"{Notify(type)} ({type})");

    /// <summary>A group with its number, e.g. <c>MODP_1024 (2)</c>.</summary>
    public static string GroupWithNumber(ushort id) => string.Create(CultureInfo.InvariantCulture, $"{Group(id)} ({id})");

    private static string Unknown(string kind, ushort id) => string.Create(CultureInfo.InvariantCulture, $"{kind}_{id}");
}
