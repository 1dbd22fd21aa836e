using System.Buffers.Binary;
using System.Net;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Tests.Probes.Ike.Support;

/// <summary>Fixture datagrams as IKE messages: the non-ESP marker stripped, the SPIi at hand.</summary>
internal static class IkeFixtures
{
    /// <summary>The IKE message of a fixture (after the marker of a UDP 4500 capture).</summary>
    public static byte[] Message(string name)
    {
        var datagram = HexFixture.Load(name);
        return NonEspMarker.IsPresent(datagram) ? datagram[NonEspMarker.Size..] : datagram;
    }

    public static ulong Spi(ReadOnlySpan<byte> message) => BinaryPrimitives.ReadUInt64BigEndian(message);

    public static IPEndPoint Endpoint(string name, string key) => IPEndPoint.Parse(HexFixture.Meta(name, key)!);

    /// <summary>The replies the probes received, for tests and fuzzing over all of them.</summary>
    public static TheoryData<string> Ikev2Replies() =>
    [
        "ikev2-answered.hex", "ikev2-answered-behind-nat.hex", "ikev2-answered-modp1024.hex", "ikev2-nat-t-answered.hex",
        "ikev2-no-proposal-chosen.hex", "ikev2-invalid-ke.hex", "ikev2-cookie.hex",
        "ike-scan-ikev2-invalid-ke-reply.hex", "ike-scan-ikev2-no-proposal-chosen-reply.hex",
    ];

    public static TheoryData<string> Ikev1Replies() =>
    [
        "ikev1-answered.hex", "ikev1-answered-default.hex", "ikev1-nat-t-answered.hex", "ikev1-no-proposal-chosen.hex",
        "ike-scan-mm-answered-reply.hex", "ike-scan-mm-no-proposal-chosen-reply.hex",
    ];
}
