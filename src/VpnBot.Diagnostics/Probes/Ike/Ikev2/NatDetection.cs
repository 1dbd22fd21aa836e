using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>
/// RFC 7296 §2.23 NAT detection: each side hashes the SPIs with the address and port it sends from
/// (NAT_DETECTION_SOURCE_IP) and the ones it sends to (NAT_DETECTION_DESTINATION_IP). A hash that does
/// not match what the receiver sees means a NAT rewrote that end on the way.
/// </summary>
internal static class NatDetection
{
    /// <summary>SHA-1(SPIi | SPIr | IP address | port), the SPIs as in the message's header.</summary>
    public static byte[] Hash(ulong initiatorSpi, ulong responderSpi, IPEndPoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var address = endpoint.Address.IsIPv4MappedToIPv6 ? endpoint.Address.MapToIPv4() : endpoint.Address;
        var addressBytes = address.GetAddressBytes();
        var input = new byte[16 + addressBytes.Length + 2];
        BinaryPrimitives.WriteUInt64BigEndian(input, initiatorSpi);
        BinaryPrimitives.WriteUInt64BigEndian(input.AsSpan(8), responderSpi);
        addressBytes.CopyTo(input, 16);
        BinaryPrimitives.WriteUInt16BigEndian(input.AsSpan(16 + addressBytes.Length), (ushort)endpoint.Port);
#pragma warning disable CA5350 // RFC 7296 §2.23 fixes SHA-1 for these hashes; they detect address rewriting, they protect nothing.
        return SHA1.HashData(input);
#pragma warning restore CA5350
    }

    /// <summary>
    /// Reads the responder's NAT detection notifies: whether the address the probe dialled is the one the
    /// responder hashed (a mismatch: the server sits behind a NAT, e.g. a port forward), and whether the
    /// probe's own address arrived unchanged.
    /// </summary>
    public static NatDetectionResult Evaluate(Ikev2Response response, IPEndPoint dialled, IPEndPoint? local)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(dialled);
        var sources = response.Notifications.Where(n => n.Type == Ikev2Notify.NatDetectionSourceIp).ToList();
        var destinations = response.Notifications.Where(n => n.Type == Ikev2Notify.NatDetectionDestinationIp).ToList();
        if (sources.Count == 0 && destinations.Count == 0)
        {
            return NatDetectionResult.NotReported;
        }

        var header = response.Header;
        var serverHash = Hash(header.InitiatorSpi, header.ResponderSpi, dialled);
        var serverBehindNat = sources.Count > 0 && !sources.Any(n => n.Data.AsSpan().SequenceEqual(serverHash));
        var clientBehindNat = false;
        if (local is not null && destinations.Count > 0)
        {
            var clientHash = Hash(header.InitiatorSpi, header.ResponderSpi, local);
            clientBehindNat = !destinations.Any(n => n.Data.AsSpan().SequenceEqual(clientHash));
        }

        return (serverBehindNat, clientBehindNat) switch
        {
            (true, true) => NatDetectionResult.Both,
            (true, false) => NatDetectionResult.Server,
            (false, true) => NatDetectionResult.Client,
            _ => NatDetectionResult.None,
        };
    }
}

/// <summary>Which end of the path a NAT rewrote, as the IKEv2 NAT detection notifies show it.</summary>
internal enum NatDetectionResult
{
    /// <summary>The responder sent no NAT detection notifies.</summary>
    NotReported,

    /// <summary>Both addresses arrived unchanged.</summary>
    None,

    /// <summary>The responder's own address is not the one dialled: it sits behind a NAT (port forward).</summary>
    Server,

    /// <summary>The probe's address was rewritten on the way: this vantage point is behind a NAT.</summary>
    Client,

    /// <summary>Both ends are behind NATs.</summary>
    Both,
}
