using System.Buffers.Binary;
using System.Globalization;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>
/// Names of the Vendor ID payloads (RFC 2408 §3.16, RFC 7296 §3.12) VPN servers commonly send. Almost all
/// are the MD5 hash of a text, given here next to each value; a unit test recomputes them.
/// </summary>
internal static class VendorIds
{
    /// <summary>MD5("MS NT5 ISAKMPOAKLEY"), followed by a 4-byte version that names the Windows release.</summary>
    public static ReadOnlySpan<byte> Microsoft => [0x1e, 0x2b, 0x51, 0x69, 0x05, 0x99, 0x1c, 0x7d, 0x7c, 0x96, 0xfc, 0xbf, 0xb5, 0x87, 0xe4, 0x61];

    /// <summary>MD5("RFC 3947"): the sender supports NAT traversal as standardised.</summary>
    public static ReadOnlySpan<byte> Rfc3947 => [0x4a, 0x13, 0x1c, 0x81, 0x07, 0x03, 0x58, 0x45, 0x5c, 0x57, 0x28, 0xf2, 0x0e, 0x95, 0x45, 0x2f];

    /// <summary>MD5("draft-ietf-ipsec-nat-t-ike-02\n"), the pre-standard NAT-T version Windows also announces.</summary>
    public static ReadOnlySpan<byte> NatTDraft02Newline => [0x90, 0xcb, 0x80, 0x91, 0x3e, 0xbb, 0x69, 0x6e, 0x08, 0x63, 0x81, 0xb5, 0xec, 0x42, 0x7b, 0x1f];

    /// <summary>MD5("FRAGMENTATION"): IKEv1 fragmentation support (Microsoft and Cisco extension).</summary>
    public static ReadOnlySpan<byte> Fragmentation => [0x40, 0x48, 0xb7, 0xd5, 0x6e, 0xbc, 0xe8, 0x85, 0x25, 0xe7, 0xde, 0x7f, 0x00, 0xd6, 0xc2, 0xd3];

    private static readonly (string Hex, string Name)[] Known =
    [
        ("4a131c81070358455c5728f20e95452f", "RFC 3947 NAT-T"),
        ("90cb80913ebb696e086381b5ec427b1f", "draft-ietf-ipsec-nat-t-ike-02\\n"),
        ("cd60464335df21f87cfdb2fc68b6a448", "draft-ietf-ipsec-nat-t-ike-02"),
        ("7d9419a65310ca6f2c179d9215529d56", "draft-ietf-ipsec-nat-t-ike-03"),
        ("882fe56d6fd20dbc2251613b2ebe5beb", "strongSwan"),
        ("4048b7d56ebce88525e7de7f00d6c2d3", "IKE Fragmentation"),
        ("fb1de3cdf341b7ea16b7e5be0855f120", "MS-Negotiation Discovery Capable"),
        ("e3a5966a76379fe707228231e5ce8652", "IKE CGA version 1"),
        ("26244d38eddb61b3172a36e3d0cfb819", "Microsoft Vid-Initial-Contact"),
        ("214ca4faffa7f32d6748e5303395ae83", "MS-MamieExists"),
        // The first 14 bytes of MD5("CISCO-DEAD-PEER-DETECTION") / MD5("CISCO-UNITY"), then a version.
        ("afcad71368a1f1c96b8696fc7757", "Dead Peer Detection"),
        ("12f5f28c457168a9702d9fe274cc", "Cisco Unity"),
        // draft-ietf-ipsec-isakmp-xauth: a fixed 8-byte value.
        ("09002689dfd6b712", "XAUTH"),
    ];

    /// <summary>A readable name for <paramref name="vendorId"/>, or its hex when unknown.</summary>
    public static string Describe(ReadOnlySpan<byte> vendorId)
    {
        if (WindowsRelease(vendorId) is { } release)
        {
            return release;
        }

        var hex = Convert.ToHexStringLower(vendorId);
        foreach (var (prefix, name) in Known)
        {
            if (hex.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return vendorId.Length <= 32 ? hex : Convert.ToHexStringLower(vendorId[..32]) + "…";
    }

    /// <summary>
    /// The Windows release behind an "MS NT5 ISAKMPOAKLEY" Vendor ID ([MS-IKEE] version numbers; releases
    /// from Windows 8 and Server 2012 on all send 9), or null for any other Vendor ID.
    /// </summary>
    public static string? WindowsRelease(ReadOnlySpan<byte> vendorId)
    {
        if (vendorId.Length != Microsoft.Length + 4 || !vendorId.StartsWith(Microsoft))
        {
            return null;
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(vendorId[Microsoft.Length..]);
        var release = version switch
        {
            2 => "Windows 2000",
            3 => "Windows XP SP1",
            4 => "Windows Server 2003 / XP SP2",
            5 => "Windows Vista",
            6 => "Windows Server 2008",
            7 => "Windows 7",
            8 => "Windows Server 2008 R2",
            9 => "Windows 8 / Server 2012 or later",
            _ => string.Create(CultureInfo.InvariantCulture, $"Windows (version {version})"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"MS NT5 ISAKMPOAKLEY {version}: {release}");
    }
}
