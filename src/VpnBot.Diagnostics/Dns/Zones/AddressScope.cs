using System.Net;
using System.Net.Sockets;

namespace VpnBot.Diagnostics.Dns.Zones;

/// <summary>Address ranges a client on the internet can never reach.</summary>
internal enum NonPublicRange
{
    /// <summary>RFC 1918: 10/8, 172.16/12, 192.168/16.</summary>
    Rfc1918,

    /// <summary>RFC 6598: 100.64/10, shared by carrier-grade NAT inside one provider's network.</summary>
    Cgnat,

    /// <summary>RFC 1122 §3.2.1.3: 127/8; RFC 4291 §2.5.3: ::1.</summary>
    Loopback,

    /// <summary>RFC 3927: 169.254/16; RFC 4291 §2.5.6: fe80::/10.</summary>
    LinkLocal,

    /// <summary>RFC 4193: fc00::/7 unique local addresses.</summary>
    UniqueLocal,

    /// <summary>RFC 1122 §3.2.1.3: 0/8 and ::, "this host": what DNS filters answer for a blocked name.</summary>
    Unspecified,
}

internal static class AddressScope
{
    /// <summary>The non-public range <paramref name="address"/> falls in, or null for an address the internet can route.</summary>
    public static NonPublicRange? Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(address.GetAddressBytes()) : ClassifyV6(address);
    }

    private static NonPublicRange? ClassifyV4(byte[] b) => b switch
    {
        [10, ..] => NonPublicRange.Rfc1918,
        [172, >= 16 and <= 31, ..] => NonPublicRange.Rfc1918,
        [192, 168, ..] => NonPublicRange.Rfc1918,
        [100, >= 64 and <= 127, ..] => NonPublicRange.Cgnat,
        [127, ..] => NonPublicRange.Loopback,
        [169, 254, ..] => NonPublicRange.LinkLocal,
        [0, ..] => NonPublicRange.Unspecified,
        _ => null,
    };

    private static NonPublicRange? ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return NonPublicRange.Loopback;
        }

        if (address.Equals(IPAddress.IPv6Any))
        {
            return NonPublicRange.Unspecified;
        }

        var b = address.GetAddressBytes();
        if ((b[0] & 0xFE) == 0xFC)
        {
            return NonPublicRange.UniqueLocal;
        }

        return b[0] == 0xFE && (b[1] & 0xC0) == 0x80 ? NonPublicRange.LinkLocal : null;
    }
}
