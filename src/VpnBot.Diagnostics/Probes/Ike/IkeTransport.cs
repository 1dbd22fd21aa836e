using System.Net;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike;

/// <summary>One IKE request/reply over UDP, with the reply matched to the request by its initiator SPI.</summary>
/// <param name="Udp">How the exchange ended.</param>
/// <param name="Message">The reply's IKE message (after the non-ESP marker on the NAT-T port), empty without a reply.</param>
/// <param name="MarkerPresent">On the NAT-T port: whether the reply carried the non-ESP marker.</param>
/// <param name="Unrelated">The first datagram that came back without the request's SPI, if any.</param>
/// <param name="Local">The address and port the request left from.</param>
internal sealed record IkeDatagramExchange(
    UdpExchangeResult Udp,
    ReadOnlyMemory<byte> Message,
    bool MarkerPresent,
    byte[]? Unrelated,
    IPEndPoint? Local);

/// <summary>
/// Sends IKE requests on UDP 500, or on the NAT-T port behind the non-ESP marker (RFC 3948 §2.2), and
/// accepts only datagrams that echo the request's initiator SPI (RFC 7296 §2.1); others are kept aside
/// as evidence that something else answers on the port.
/// </summary>
internal static class IkeTransport
{
    public static async Task<IkeDatagramExchange> ExchangeAsync(
        UdpExchange udp,
        IPEndPoint remote,
        bool natT,
        ulong initiatorSpi,
        Func<IPEndPoint, byte[]> buildMessage,
        TimeSpan budget,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(udp);
        ArgumentNullException.ThrowIfNull(buildMessage);
        IPEndPoint? local = null;
        byte[]? unrelated = null;

        ReadOnlyMemory<byte> Build(IPEndPoint from)
        {
            local = from;
            var message = buildMessage(from);
            return natT ? NonEspMarker.Prefix(message) : message;
        }

        bool Accept(ReadOnlyMemory<byte> datagram)
        {
            if (Echoes(datagram.Span, natT, initiatorSpi))
            {
                return true;
            }

            // The receive buffer is reused: keep a copy of the first stranger for the evidence.
            unrelated ??= datagram.ToArray();
            return false;
        }

        var result = await udp.ExchangeAsync(remote, Build, Accept, budget, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != UdpOutcome.Answered)
        {
            return new IkeDatagramExchange(result, ReadOnlyMemory<byte>.Empty, false, unrelated, local);
        }

        var marker = natT && NonEspMarker.IsPresent(result.Reply.Span) && SpiAt(result.Reply.Span, NonEspMarker.Size) == initiatorSpi;
        var message = marker ? result.Reply[NonEspMarker.Size..] : result.Reply;
        return new IkeDatagramExchange(result, message, marker, unrelated, local);
    }

    /// <summary>
    /// True when the datagram carries the request's SPIi where an IKE header starts: after the marker on
    /// the NAT-T port, or at the very start (on the NAT-T port that is a reply missing its marker, which
    /// still belongs to this request and is reported as malformed).
    /// </summary>
    private static bool Echoes(ReadOnlySpan<byte> datagram, bool natT, ulong initiatorSpi)
    {
        if (natT && NonEspMarker.IsPresent(datagram) && SpiAt(datagram, NonEspMarker.Size) == initiatorSpi)
        {
            return true;
        }

        return SpiAt(datagram, 0) == initiatorSpi;
    }

    private static ulong? SpiAt(ReadOnlySpan<byte> datagram, int offset) =>
        IkeHeader.TryReadInitiatorSpi(datagram[Math.Min(offset, datagram.Length)..], out var spi) ? spi : null;
}
