using System.Net;
using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>The first Main Mode message and what came of it.</summary>
/// <param name="Outcome">One of <see cref="ProbeOutcome"/>'s values.</param>
internal sealed record Ikev1ProbeResult(
    IkeDatagramExchange Transport,
    string Outcome,
    Ikev1Response? Response,
    IkeParseFailure? Failure,
    ReadOnlyMemory<byte> MalformedBytes);

/// <summary>Sends the first Main Mode message of an L2TP/IPsec client (RFC 2409 §5) and sorts the answer.</summary>
internal sealed class Ikev1Probe(UdpExchange udp)
{
    public async Task<Ikev1ProbeResult> RunAsync(IPEndPoint remote, bool natT, TimeSpan budget, CancellationToken cancellationToken)
    {
        var spi = IkeRandom.InitiatorSpi();
        var request = Ikev1RequestBuilder.Build(spi, Ikev1Offer.Default);
        var transport = await IkeTransport.ExchangeAsync(udp, remote, natT, spi, _ => request, budget, cancellationToken).ConfigureAwait(false);
        return Classify(transport, natT, spi);
    }

    public static Ikev1ProbeResult Classify(IkeDatagramExchange transport, bool natT, ulong initiatorSpi)
    {
        ArgumentNullException.ThrowIfNull(transport);
        switch (transport.Udp.Outcome)
        {
            case UdpOutcome.Refused:
                return new(transport, ProbeOutcome.Refused, null, null, default);
            case UdpOutcome.Unreachable:
                return new(transport, ProbeOutcome.Unreachable, null, null, default);
            case UdpOutcome.NoAnswer:
                if (transport.Unrelated is { } stranger)
                {
                    var failure = Ikev1ResponseParser.Parse(stranger, initiatorSpi).Failure ?? new IkeParseFailure(IkeMalformation.NotAResponse, 0);
                    return new(transport, ProbeOutcome.Malformed, null, failure, stranger);
                }

                return new(transport, ProbeOutcome.NoAnswer, null, null, default);
            default:
                break;
        }

        if (natT && !transport.MarkerPresent)
        {
            return new(transport, ProbeOutcome.Malformed, null, new IkeParseFailure(IkeMalformation.MissingNonEspMarker, 0), transport.Udp.Reply);
        }

        var parsed = Ikev1ResponseParser.Parse(transport.Message, initiatorSpi);
        if (parsed.Response is not { } response)
        {
            return new(transport, ProbeOutcome.Malformed, null, parsed.Failure, transport.Message);
        }

        var outcome = response.Error is { } error
            ? error.Type == Ikev1Notify.NoProposalChosen ? ProbeOutcome.NoProposalChosen : ProbeOutcome.Rejected
            : response.Chosen is not null ? ProbeOutcome.Answered : ProbeOutcome.Rejected;
        return new(transport, outcome, response, null, default);
    }
}
