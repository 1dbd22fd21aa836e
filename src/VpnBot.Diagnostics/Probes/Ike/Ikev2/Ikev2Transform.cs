namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>One IKEv2 transform (RFC 7296 §3.3.2): its type, its id, and the key length attribute when it has one.</summary>
internal readonly record struct Ikev2Transform(byte Type, ushort Id, ushort? KeyLength = null)
{
    public static Ikev2Transform Encryption(ushort id, ushort? keyLength = null) => new(Ikev2TransformType.Encryption, id, keyLength);

    public static Ikev2Transform Prf(ushort id) => new(Ikev2TransformType.Prf, id);

    public static Ikev2Transform Integrity(ushort id) => new(Ikev2TransformType.Integrity, id);

    public static Ikev2Transform DiffieHellman(ushort id) => new(Ikev2TransformType.DiffieHellman, id);

    /// <summary>The IANA name, e.g. <c>AES_CBC-256</c>, <c>PRF_HMAC_SHA2_256</c>, <c>MODP_2048</c>.</summary>
    public override string ToString() => Ikev2Names.Transform(this);
}
