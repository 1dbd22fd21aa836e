using System.Security.Cryptography;

namespace VpnBot.Diagnostics.Probes.Ike.KeyExchange;

/// <summary>
/// An elliptic-curve group over a NIST prime curve. RFC 5903 §7: the public value is the point's x and y
/// coordinates, each left-padded to the field size, concatenated (no compression octet).
/// </summary>
internal sealed class EcpGroup : DhGroup
{
    private readonly ECCurve _curve;
    private readonly int _coordinateLength;

    private EcpGroup(ushort id, ECCurve curve, int coordinateLength)
        : base(id)
    {
        _curve = curve;
        _coordinateLength = coordinateLength;
    }

    /// <summary>Group 19, 256-bit random ECP group (RFC 5903 §3.1).</summary>
    public static EcpGroup Ecp256 { get; } = new(19, ECCurve.NamedCurves.nistP256, 32);

    /// <summary>Group 20, 384-bit random ECP group (RFC 5903 §3.2).</summary>
    public static EcpGroup Ecp384 { get; } = new(20, ECCurve.NamedCurves.nistP384, 48);

    public ECCurve Curve => _curve;

    public override int PublicValueLength => 2 * _coordinateLength;

    public override byte[] CreatePublicValue()
    {
        using var key = ECDiffieHellman.Create(_curve);
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var value = new byte[PublicValueLength];
        point.X!.CopyTo(value.AsSpan(_coordinateLength - point.X!.Length));
        point.Y!.CopyTo(value.AsSpan(PublicValueLength - point.Y!.Length));
        return value;
    }
}
