using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>
/// Reads the answer to an IKE_SA_INIT request (RFC 7296 §1.2, §3). Any byte sequence gives a result:
/// a response, or the first inconsistency found; nothing is read before its bounds are checked.
/// </summary>
internal static class Ikev2ResponseParser
{
    /// <summary>Parses <paramref name="message"/> (without any non-ESP marker) as the reply to a request with <paramref name="initiatorSpi"/>.</summary>
    public static Ikev2ParseResult Parse(ReadOnlyMemory<byte> message, ulong initiatorSpi)
    {
        if (!IkeHeader.TryRead(message.Span, out var header))
        {
            return Ikev2ParseResult.Fail(IkeMalformation.TooShort, 0);
        }

        if (header.Length != message.Length)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.LengthMismatch, 24);
        }

        if (header.MajorVersion != Ikev2Constants.MajorVersion)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.UnexpectedVersion, 17);
        }

        if (header.ExchangeType != Ikev2Constants.IkeSaInit)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.UnexpectedExchange, 18);
        }

        // RFC 7296 §3.1: a response has R set and, from the original responder, I clear; IKE_SA_INIT is message 0.
        if ((header.Flags & IkeHeader.ResponseFlag) == 0 || (header.Flags & IkeHeader.InitiatorFlag) != 0 || header.MessageId != 0)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.NotAResponse, 19);
        }

        if (header.InitiatorSpi != initiatorSpi)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.NotAResponse, 0);
        }

        var payloads = new List<IkePayload>();
        if (IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads) is { } chainFailure)
        {
            return new Ikev2ParseResult(null, chainFailure);
        }

        return Read(header, payloads);
    }

    private static Ikev2ParseResult Read(IkeHeader header, List<IkePayload> payloads)
    {
        Ikev2Proposal? proposal = null;
        ushort? group = null;
        int keLength = 0, certificateRequests = 0;
        int? nonceLength = null;
        var notifications = new List<Ikev2Notification>();
        var vendorIds = new List<byte[]>();
        foreach (var payload in payloads)
        {
            var body = payload.Body.Span;
            switch (payload.Type)
            {
                case Ikev2Payload.SecurityAssociation:
                    var proposals = Ikev2SaReader.Read(body, payload.Offset + IkePayloadChain.HeaderSize, out var saFailure);
                    if (saFailure is not null)
                    {
                        return new Ikev2ParseResult(null, saFailure);
                    }

                    proposal ??= proposals.Count > 0 ? proposals[0] : null;
                    if (proposal is null)
                    {
                        return Ikev2ParseResult.Fail(IkeMalformation.ProposalInvalid, payload.Offset);
                    }

                    break;
                case Ikev2Payload.KeyExchange:
                    // RFC 7296 §3.4: group number (2), reserved (2), then the public value.
                    if (body.Length < 4)
                    {
                        return Ikev2ParseResult.Fail(IkeMalformation.KeyExchangeInvalid, payload.Offset);
                    }

                    group = BinaryPrimitives.ReadUInt16BigEndian(body);
                    keLength = body.Length - 4;
                    break;
                case Ikev2Payload.Nonce:
                    nonceLength = body.Length;
                    break;
                case Ikev2Payload.Notify:
                    if (ReadNotify(body) is not { } notification)
                    {
                        return Ikev2ParseResult.Fail(IkeMalformation.NotifyInvalid, payload.Offset);
                    }

                    notifications.Add(notification);
                    break;
                case Ikev2Payload.VendorId:
                    vendorIds.Add(body.ToArray());
                    break;
                case Ikev2Payload.CertificateRequest:
                    certificateRequests++;
                    break;
                case Ikev2Payload.Encrypted:
                    // No keys exist before IKE_SA_INIT completes: an SK payload here cannot be a genuine answer.
                    return Ikev2ParseResult.Fail(IkeMalformation.Encrypted, payload.Offset);
                default:
                    break;
            }
        }

        if (proposal is null && notifications.Count == 0)
        {
            return Ikev2ParseResult.Fail(IkeMalformation.NoAnswerPayload, IkeHeader.Size);
        }

        return new Ikev2ParseResult(
            new Ikev2Response
            {
                Header = header,
                Proposal = proposal,
                KeyExchangeGroup = group,
                KeyExchangeLength = keLength,
                NonceLength = nonceLength,
                Notifications = notifications,
                VendorIds = vendorIds,
                CertificateRequests = certificateRequests,
            },
            null);
    }

    /// <summary>RFC 7296 §3.10: protocol id (1), SPI size (1), type (2), SPI, data.</summary>
    private static Ikev2Notification? ReadNotify(ReadOnlySpan<byte> body)
    {
        if (body.Length < 4)
        {
            return null;
        }

        var spiSize = body[1];
        if (spiSize > body.Length - 4)
        {
            return null;
        }

        return new Ikev2Notification(
            BinaryPrimitives.ReadUInt16BigEndian(body[2..]),
            body[0],
            body.Slice(4, spiSize).ToArray(),
            body[(4 + spiSize)..].ToArray());
    }
}
