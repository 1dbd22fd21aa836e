using System.Buffers.Binary;
using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>
/// Reads the answer to a first Main Mode message: the second Main Mode message (HDR, SA, VIDs) or an
/// Informational exchange with a Notification (RFC 2408 §4.8, §3.14). Any byte sequence gives a result.
/// </summary>
internal static class Ikev1ResponseParser
{
    private const int NotificationFixedSize = 8;

    public static Ikev1ParseResult Parse(ReadOnlyMemory<byte> message, ulong initiatorSpi)
    {
        if (!IkeHeader.TryRead(message.Span, out var header))
        {
            return Ikev1ParseResult.Fail(IkeMalformation.TooShort, 0);
        }

        if (header.Length != message.Length)
        {
            return Ikev1ParseResult.Fail(IkeMalformation.LengthMismatch, 24);
        }

        if (header.MajorVersion != Ikev1Constants.MajorVersion)
        {
            return Ikev1ParseResult.Fail(IkeMalformation.UnexpectedVersion, 17);
        }

        if (header.ExchangeType is not (Ikev1Constants.MainMode or Ikev1Constants.Informational))
        {
            return Ikev1ParseResult.Fail(IkeMalformation.UnexpectedExchange, 18);
        }

        if (header.InitiatorSpi != initiatorSpi)
        {
            return Ikev1ParseResult.Fail(IkeMalformation.NotAResponse, 0);
        }

        // No keys exist yet: an encrypted answer to the first message cannot be read, nor be genuine.
        if ((header.Flags & IkeHeader.Ikev1EncryptionFlag) != 0)
        {
            return Ikev1ParseResult.Fail(IkeMalformation.Encrypted, 19);
        }

        var payloads = new List<IkePayload>();
        if (IkePayloadChain.Walk(message, IkeHeader.Size, header.NextPayload, payloads) is { } chainFailure)
        {
            return new Ikev1ParseResult(null, chainFailure);
        }

        Ikev1Transform? chosen = null;
        var notifications = new List<Ikev1Notification>();
        var vendorIds = new List<byte[]>();
        foreach (var payload in payloads)
        {
            var body = payload.Body.Span;
            switch (payload.Type)
            {
                case Ikev1Payload.SecurityAssociation:
                    var transforms = Ikev1SaReader.Read(body, payload.Offset + IkePayloadChain.HeaderSize, out var saFailure);
                    if (saFailure is not null)
                    {
                        return new Ikev1ParseResult(null, saFailure);
                    }

                    if (transforms.Count == 0)
                    {
                        return Ikev1ParseResult.Fail(IkeMalformation.ProposalInvalid, payload.Offset);
                    }

                    chosen ??= transforms[0];
                    break;
                case Ikev1Payload.Notification:
                    if (ReadNotification(body) is not { } notification)
                    {
                        return Ikev1ParseResult.Fail(IkeMalformation.NotifyInvalid, payload.Offset);
                    }

                    notifications.Add(notification);
                    break;
                case Ikev1Payload.VendorId:
                    vendorIds.Add(body.ToArray());
                    break;
                default:
                    break;
            }
        }

        if (chosen is null && notifications.Count == 0)
        {
            return Ikev1ParseResult.Fail(IkeMalformation.NoAnswerPayload, IkeHeader.Size);
        }

        return new Ikev1ParseResult(new Ikev1Response { Header = header, Chosen = chosen, Notifications = notifications, VendorIds = vendorIds }, null);
    }

    /// <summary>RFC 2408 §3.14: DOI (4), protocol id (1), SPI size (1), notify type (2), SPI, data.</summary>
    private static Ikev1Notification? ReadNotification(ReadOnlySpan<byte> body)
    {
        if (body.Length < NotificationFixedSize)
        {
            return null;
        }

        var spiSize = body[5];
        if (spiSize > body.Length - NotificationFixedSize)
        {
            return null;
        }

        return new Ikev1Notification(
            BinaryPrimitives.ReadUInt16BigEndian(body[6..]),
            BinaryPrimitives.ReadUInt32BigEndian(body),
            body[4],
            body.Slice(NotificationFixedSize, spiSize).ToArray(),
            body[(NotificationFixedSize + spiSize)..].ToArray());
    }
}
