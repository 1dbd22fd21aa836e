using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace VpnBot.Diagnostics.Probes.Ike.KeyExchange;

/// <summary>
/// A finite-field (MODP) Diffie-Hellman group with generator 2. The public value is g^x mod p written
/// big-endian and left-padded to the prime's length (RFC 7296 §3.4).
/// </summary>
internal sealed class ModpGroup : DhGroup
{
    private readonly BigInteger _prime;
    private readonly int _length;

    private ModpGroup(ushort id, string primeHex)
        : base(id)
    {
        _prime = BigInteger.Parse("0" + primeHex.Replace(" ", string.Empty, StringComparison.Ordinal), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _length = (int)((_prime.GetBitLength() + 7) / 8);
    }

    /// <summary>Group 2, the 1024-bit MODP group of RFC 2409 §6.2 (Oakley group 2).</summary>
    public static ModpGroup Modp1024 { get; } = new(2, string.Concat(
        "FFFFFFFF FFFFFFFF C90FDAA2 2168C234 C4C6628B 80DC1CD1 29024E08 8A67CC74",
        "020BBEA6 3B139B22 514A0879 8E3404DD EF9519B3 CD3A431B 302B0A6D F25F1437",
        "4FE1356D 6D51C245 E485B576 625E7EC6 F44C42E9 A637ED6B 0BFF5CB6 F406B7ED",
        "EE386BFB 5A899FA5 AE9F2411 7C4B1FE6 49286651 ECE65381 FFFFFFFF FFFFFFFF"));

    /// <summary>Group 14, the 2048-bit MODP group of RFC 3526 §3.</summary>
    public static ModpGroup Modp2048 { get; } = new(14, string.Concat(
        "FFFFFFFF FFFFFFFF C90FDAA2 2168C234 C4C6628B 80DC1CD1 29024E08 8A67CC74",
        "020BBEA6 3B139B22 514A0879 8E3404DD EF9519B3 CD3A431B 302B0A6D F25F1437",
        "4FE1356D 6D51C245 E485B576 625E7EC6 F44C42E9 A637ED6B 0BFF5CB6 F406B7ED",
        "EE386BFB 5A899FA5 AE9F2411 7C4B1FE6 49286651 ECE45B3D C2007CB8 A163BF05",
        "98DA4836 1C55D39A 69163FA8 FD24CF5F 83655D23 DCA3AD96 1C62F356 208552BB",
        "9ED52907 7096966D 670C354E 4ABC9804 F1746C08 CA18217C 32905E46 2E36CE3B",
        "E39E772C 180E8603 9B2783A2 EC07A28F B5C55DF0 6F4C52C9 DE2BCBF6 95581718",
        "3995497C EA956AE5 15D22618 98FA0510 15728E5A 8AACAA68 FFFFFFFF FFFFFFFF"));

    public BigInteger Prime => _prime;

    public override int PublicValueLength => _length;

    public override byte[] CreatePublicValue()
    {
        // A 256-bit exponent is at least the strength either group offers (RFC 3526 §8); the secret is
        // thrown away: the probe never completes the exchange, but the responder checks the value.
        Span<byte> secret = stackalloc byte[32];
        RandomNumberGenerator.Fill(secret);
        var exponent = new BigInteger(secret, isUnsigned: true, isBigEndian: true);
        var value = BigInteger.ModPow(2, exponent, _prime);
        var bytes = new byte[_length];
        var written = value.GetByteCount(isUnsigned: true);
        value.TryWriteBytes(bytes.AsSpan(_length - written), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }
}
