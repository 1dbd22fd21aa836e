using VpnBot.Diagnostics.Net;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>One IKE_SA_INIT request and what came of it.</summary>
/// <param name="Transport">The datagram exchange.</param>
/// <param name="KeyExchangeGroup">The group the request's Key Exchange payload was for.</param>
/// <param name="Outcome">One of <see cref="ProbeOutcome"/>'s values.</param>
/// <param name="Response">The parsed reply, when it was well-formed.</param>
/// <param name="Failure">Why the reply (or the unrelated datagram) is malformed.</param>
/// <param name="MalformedBytes">The bytes behind <paramref name="Failure"/>.</param>
internal sealed record Ikev2Exchange(
    IkeDatagramExchange Transport,
    ushort KeyExchangeGroup,
    string Outcome,
    Ikev2Response? Response,
    IkeParseFailure? Failure,
    ReadOnlyMemory<byte> MalformedBytes)
{
    /// <summary>Sorts an exchange into a <see cref="ProbeOutcome"/> value, parsing the reply on the way.</summary>
    public static Ikev2Exchange Classify(IkeDatagramExchange transport, ushort group, bool natT, ulong initiatorSpi)
    {
        ArgumentNullException.ThrowIfNull(transport);
        switch (transport.Udp.Outcome)
        {
            case UdpOutcome.Refused:
                return new(transport, group, ProbeOutcome.Refused, null, null, default);
            case UdpOutcome.Unreachable:
                return new(transport, group, ProbeOutcome.Unreachable, null, null, default);
            case UdpOutcome.NoAnswer:
                // Silence from IKE, but something else answered on the port: that is the finding.
                if (transport.Unrelated is { } stranger)
                {
                    var failure = Ikev2ResponseParser.Parse(stranger, initiatorSpi).Failure ?? new IkeParseFailure(IkeMalformation.NotAResponse, 0);
                    return new(transport, group, ProbeOutcome.Malformed, null, failure, stranger);
                }

                return new(transport, group, ProbeOutcome.NoAnswer, null, null, default);
            default:
                break;
        }

        if (natT && !transport.MarkerPresent)
        {
            return new(transport, group, ProbeOutcome.Malformed, null, new IkeParseFailure(IkeMalformation.MissingNonEspMarker, 0), transport.Udp.Reply);
        }

        var parsed = Ikev2ResponseParser.Parse(transport.Message, initiatorSpi);
        if (parsed.Response is not { } response)
        {
            return new(transport, group, ProbeOutcome.Malformed, null, parsed.Failure, transport.Message);
        }

        return new(transport, group, OutcomeOf(response), response, null, default);
    }

    private static string OutcomeOf(Ikev2Response response)
    {
        if (response.Error is { } error)
        {
            return error.Type switch
            {
                Ikev2Notify.NoProposalChosen => ProbeOutcome.NoProposalChosen,
                Ikev2Notify.InvalidKePayload => ProbeOutcome.InvalidKe,
                _ => ProbeOutcome.Rejected,
            };
        }

        if (response.Proposal is not null)
        {
            return ProbeOutcome.Answered;
        }

        return response.Find(Ikev2Notify.Cookie) is not null ? ProbeOutcome.Cookie : ProbeOutcome.Rejected;
    }

    /// <summary>The group an INVALID_KE_PAYLOAD notify asks for (RFC 7296 §3.10.1: two bytes of data), if readable.</summary>
    public ushort? RequestedGroup =>
        Response?.Find(Ikev2Notify.InvalidKePayload) is { Data.Length: >= 2 } notify
            ? (ushort)((notify.Data[0] << 8) | notify.Data[1])
            : null;

    /// <summary>The cookie a COOKIE notify carries (RFC 7296 §2.6: 1 to 64 bytes), if usable.</summary>
    public byte[]? Cookie =>
        Response?.Find(Ikev2Notify.Cookie) is { Data.Length: >= 1 and <= 64 } notify ? notify.Data : null;
}
