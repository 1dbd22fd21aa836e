using System.Buffers.Binary;
using System.Security.Cryptography;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>Random values an IKE initiator picks per request.</summary>
internal static class IkeRandom
{
    /// <summary>A random, non-zero initiator SPI (RFC 7296 §3.1: the SPIi is never zero).</summary>
    public static ulong InitiatorSpi()
    {
        Span<byte> bytes = stackalloc byte[8];
        ulong spi;
        do
        {
            RandomNumberGenerator.Fill(bytes);
            spi = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        }
        while (spi == 0);
        return spi;
    }

    /// <summary>RFC 7296 §2.10: a nonce of at least 16 bytes and half the PRF's key size; 32 bytes suits every offered PRF.</summary>
    public static byte[] Nonce() => RandomNumberGenerator.GetBytes(32);
}
