using System.Numerics;
using System.Security.Cryptography;
using VpnBot.Diagnostics.Probes.Ike.KeyExchange;

namespace VpnBot.Diagnostics.Tests.Probes.Ike;

public sealed class KeyExchangeTests
{
    [Theory]
    [InlineData(2, 1024, 129093)]
    [InlineData(14, 2048, 124476)]
    public void ModpPrime_IsTheRfcFormula(int group, int bits, int offset)
    {
        // RFC 2409 §6.2 / RFC 3526: p = 2^n - 2^(n-64) - 1 + 2^64 * ( [2^(n-130) pi] + offset ).
        var expected = BigInteger.Pow(2, bits) - BigInteger.Pow(2, bits - 64) - 1 + (BigInteger.Pow(2, 64) * (FloorPiTimesPowerOfTwo(bits - 130) + offset));

        var prime = ((ModpGroup)DhGroup.Find((ushort)group)!).Prime;

        Assert.Equal(expected, prime);
    }

    [Theory]
    [InlineData(2, 128)]
    [InlineData(14, 256)]
    public void ModpPublicValue_IsInRangeAndPadded(int group, int length)
    {
        var modp = (ModpGroup)DhGroup.Find((ushort)group)!;

        var value = modp.CreatePublicValue();

        Assert.Equal(length, value.Length);
        Assert.Equal(length, modp.PublicValueLength);
        var y = new BigInteger(value, isUnsigned: true, isBigEndian: true);
        Assert.True(y > 1 && y < modp.Prime - 1);
        Assert.NotEqual(value, modp.CreatePublicValue());
    }

    [Theory]
    [InlineData(19, 64)]
    [InlineData(20, 96)]
    public void EcpPublicValue_IsAPointOnTheCurve(int group, int length)
    {
        var ecp = (EcpGroup)DhGroup.Find((ushort)group)!;

        var value = ecp.CreatePublicValue();

        Assert.Equal(length, value.Length);
        var half = length / 2;
        var parameters = new ECParameters { Curve = ecp.Curve, Q = new ECPoint { X = value[..half], Y = value[half..] } };
        parameters.Validate();
        using var imported = ECDiffieHellman.Create(parameters);
        Assert.Equal(half * 8, imported.KeySize);
    }

    [Fact]
    public void Find_UnsupportedGroup_IsNull()
    {
        Assert.Null(DhGroup.Find(31));
    }

    /// <summary>floor(pi * 2^bits) by Machin's formula in fixed point, with guard bits.</summary>
    private static BigInteger FloorPiTimesPowerOfTwo(int bits)
    {
        const int Guard = 64;
        var one = BigInteger.One << (bits + Guard);
        BigInteger ArcTanInverse(int x)
        {
            var term = one / x;
            var sum = term;
            var square = x * x;
            for (var n = 1; !term.IsZero; n++)
            {
                term /= square;
                sum += (n % 2 == 1 ? -1 : 1) * (term / ((2 * n) + 1));
            }

            return sum;
        }

        return (4 * ((4 * ArcTanInverse(5)) - ArcTanInverse(239))) >> Guard;
    }
}
