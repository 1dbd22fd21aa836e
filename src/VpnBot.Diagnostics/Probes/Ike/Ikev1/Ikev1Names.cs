using System.Globalization;
using VpnBot.Diagnostics.Probes.Ike.Ikev2;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>Names of IKEv1 attribute values (RFC 2409 Appendix A, RFC 3602, RFC 4868) and notify types (RFC 2408 §3.14.1).</summary>
internal static class Ikev1Names
{
    public static string Encryption(ushort id) => id switch
    {
        1 => "DES_CBC",
        2 => "IDEA_CBC",
        3 => "BLOWFISH_CBC",
        4 => "RC5_CBC",
        5 => "3DES",
        6 => "CAST_CBC",
        7 => "AES_CBC",
        8 => "CAMELLIA_CBC",
        _ => Unknown("ENC", id),
    };

    public static string Hash(ushort id) => id switch
    {
        1 => "MD5",
        2 => "SHA1",
        3 => "TIGER",
        4 => "SHA2_256",
        5 => "SHA2_384",
        6 => "SHA2_512",
        _ => Unknown("HASH", id),
    };

    public static string Authentication(ushort id) => id switch
    {
        1 => "PSK",
        2 => "DSS_SIG",
        3 => "RSA_SIG",
        4 => "RSA_ENC",
        5 => "RSA_ENC_REV",
        9 => "ECDSA_SHA256",
        10 => "ECDSA_SHA384",
        11 => "ECDSA_SHA512",
        65001 => "XAUTH_INIT_PSK",
        65002 => "XAUTH_RESP_PSK",
        65005 => "XAUTH_INIT_RSA",
        65006 => "XAUTH_RESP_RSA",
        _ => Unknown("AUTH", id),
    };

    /// <summary>IKEv1 group descriptions share the IKEv2 numbering (RFC 2409 Appendix A, RFC 3526).</summary>
    public static string Group(ushort id) => Ikev2Names.Group(id);

    public static string Notify(ushort type) => type switch
    {
        1 => "INVALID-PAYLOAD-TYPE",
        2 => "DOI-NOT-SUPPORTED",
        3 => "SITUATION-NOT-SUPPORTED",
        4 => "INVALID-COOKIE",
        5 => "INVALID-MAJOR-VERSION",
        6 => "INVALID-MINOR-VERSION",
        7 => "INVALID-EXCHANGE-TYPE",
        8 => "INVALID-FLAGS",
        9 => "INVALID-MESSAGE-ID",
        10 => "INVALID-PROTOCOL-ID",
        11 => "INVALID-SPI",
        12 => "INVALID-TRANSFORM-ID",
        13 => "ATTRIBUTES-NOT-SUPPORTED",
        14 => "NO-PROPOSAL-CHOSEN",
        15 => "BAD-PROPOSAL-SYNTAX",
        16 => "PAYLOAD-MALFORMED",
        17 => "INVALID-KEY-INFORMATION",
        18 => "INVALID-ID-INFORMATION",
        24 => "AUTHENTICATION-FAILED",
        29 => "UNSUPPORTED-EXCHANGE-TYPE",
        30 => "UNEQUAL-PAYLOAD-LENGTHS",
        24576 => "RESPONDER-LIFETIME",
        24578 => "INITIAL-CONTACT",
        _ => Unknown("NOTIFY", type),
    };

    public static string NotifyWithNumber(ushort type) => string.Create(CultureInfo.InvariantCulture, $"{Notify(type)} ({type})");

    private static string Unknown(string kind, ushort id) => string.Create(CultureInfo.InvariantCulture, $"{kind}_{id}");
}
