namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>
/// RFC 3948 §2.2 and RFC 7296 §2.23: on the NAT-T port (UDP 4500) IKE messages are prefixed with four
/// zero bytes, the non-ESP marker, so the receiver can tell them from ESP packets (whose SPI is never 0).
/// </summary>
internal static class NonEspMarker
{
    public const int Size = 4;

    /// <summary>The request with the marker in front.</summary>
    public static byte[] Prefix(ReadOnlySpan<byte> ikeMessage)
    {
        var framed = new byte[Size + ikeMessage.Length];
        ikeMessage.CopyTo(framed.AsSpan(Size));
        return framed;
    }

    /// <summary>True when <paramref name="datagram"/> starts with the marker.</summary>
    public static bool IsPresent(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= Size && datagram[0] == 0 && datagram[1] == 0 && datagram[2] == 0 && datagram[3] == 0;
}
