using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace VpnBot.Lab.Ike;

/// <summary>
/// A minimal IKEv2 IKE_SA_INIT initiator (RFC 7296): AES-CBC-256/128, SHA2-256 and SHA1 for PRF and integrity,
/// and the caller's MODP groups, with the KE payload for one of them. The lab uses it to open the half-open SA
/// that makes its cookie responder demand cookies; tests use it where ike-scan cannot choose the offer
/// (ike-scan sends its fixed IKEv2 proposal only).
/// </summary>
public static class IkeSaInit
{
    /// <summary>NO_PROPOSAL_CHOSEN (RFC 7296 §3.10.1).</summary>
    public const int NotifyNoProposalChosen = 14;

    /// <summary>INVALID_KE_PAYLOAD (RFC 7296 §3.10.1).</summary>
    public const int NotifyInvalidKePayload = 17;

    /// <summary>COOKIE (RFC 7296 §3.10.1).</summary>
    public const int NotifyCookie = 16390;

    // RFC 7296 §3.2 payload types, §3.1 header fields.
    private const byte PayloadNone = 0;
    private const byte PayloadSa = 33;
    private const byte PayloadKe = 34;
    private const byte PayloadNonce = 40;
    private const byte PayloadNotify = 41;
    private const byte ExchangeIkeSaInit = 34;
    private const byte Version2 = 0x20;
    private const byte FlagInitiator = 0x08;
    private const byte FlagResponse = 0x20;
    private const int HeaderLength = 28;

    // RFC 7296 §3.3.2 transform types and IDs.
    private const byte TransformEncryption = 1;
    private const byte TransformPrf = 2;
    private const byte TransformIntegrity = 3;
    private const byte TransformDh = 4;
    private const ushort EncrAesCbc = 12;
    private const ushort PrfHmacSha1 = 2;
    private const ushort PrfHmacSha256 = 5;
    private const ushort AuthHmacSha1_96 = 2;
    private const ushort AuthHmacSha256_128 = 12;
    private const ushort AttributeKeyLength = 0x800E;

    /// <summary>Public value sizes of the MODP groups (RFC 2409 §6, RFC 3526).</summary>
    private static readonly Dictionary<int, int> ModpLengths = new()
    {
        [1] = 96,
        [2] = 128,
        [5] = 192,
        [14] = 256,
        [15] = 384,
        [16] = 512,
        [17] = 768,
        [18] = 1024,
    };

    /// <summary>Builds an IKE_SA_INIT request offering <paramref name="dhGroups"/> with a KE payload for <paramref name="keyExchangeGroup"/>.</summary>
    public static byte[] BuildRequest(IReadOnlyList<int> dhGroups, int keyExchangeGroup)
    {
        ArgumentNullException.ThrowIfNull(dhGroups);
        if (!ModpLengths.TryGetValue(keyExchangeGroup, out var keyLength))
        {
            throw new ArgumentOutOfRangeException(nameof(keyExchangeGroup), keyExchangeGroup, "Only MODP groups are supported.");
        }

        List<(byte Type, ushort Id, ushort? KeyLength)> transforms =
        [
            (TransformEncryption, EncrAesCbc, 256),
            (TransformEncryption, EncrAesCbc, 128),
            (TransformPrf, PrfHmacSha256, null),
            (TransformPrf, PrfHmacSha1, null),
            (TransformIntegrity, AuthHmacSha256_128, null),
            (TransformIntegrity, AuthHmacSha1_96, null),
            .. dhGroups.Select(g => (TransformDh, (ushort)g, (ushort?)null)),
        ];

        var transformBytes = transforms.Select((t, i) => Transform(t.Type, t.Id, t.KeyLength, last: i == transforms.Count - 1)).SelectMany(b => b).ToArray();
        var proposal = new byte[8 + transformBytes.Length];
        proposal[0] = 0; // last proposal
        BinaryPrimitives.WriteUInt16BigEndian(proposal.AsSpan(2), (ushort)proposal.Length);
        proposal[4] = 1; // proposal number
        proposal[5] = 1; // protocol: IKE
        proposal[6] = 0; // no SPI in IKE_SA_INIT
        proposal[7] = (byte)transforms.Count;
        transformBytes.CopyTo(proposal, 8);

        // A random value below the MODP prime (whose top bits are all ones) serves as a public value.
        var publicValue = RandomNumberGenerator.GetBytes(keyLength);
        publicValue[0] &= 0x7F;
        var keyExchange = new byte[4 + publicValue.Length];
        BinaryPrimitives.WriteUInt16BigEndian(keyExchange, (ushort)keyExchangeGroup);
        publicValue.CopyTo(keyExchange, 4);

        var payloads = Payload(PayloadKe, proposal)
            .Concat(Payload(PayloadNonce, keyExchange))
            .Concat(Payload(PayloadNone, RandomNumberGenerator.GetBytes(32)))
            .ToArray();

        var message = new byte[HeaderLength + payloads.Length];
        RandomNumberGenerator.Fill(message.AsSpan(0, 8)); // initiator SPI; responder SPI stays zero
        message[16] = PayloadSa;
        message[17] = Version2;
        message[18] = ExchangeIkeSaInit;
        message[19] = FlagInitiator;
        BinaryPrimitives.WriteUInt32BigEndian(message.AsSpan(24), (uint)message.Length);
        payloads.CopyTo(message, HeaderLength);
        return message;
    }

    /// <summary>Reads an IKE_SA_INIT response; anything else is <see cref="IkeReplyKind.Unrecognised"/>.</summary>
    public static IkeSaInitReply Parse(ReadOnlySpan<byte> datagram)
    {
        var unrecognised = new IkeSaInitReply(IkeReplyKind.Unrecognised, null, []);
        if (datagram.Length < HeaderLength || datagram[18] != ExchangeIkeSaInit || (datagram[19] & FlagResponse) == 0)
        {
            return unrecognised;
        }

        var next = datagram[16];
        var offset = HeaderLength;
        var hasSa = false;
        IkeSaInitReply? notify = null;
        while (next != PayloadNone && offset + 4 <= datagram.Length)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]);
            if (length < 4 || offset + length > datagram.Length)
            {
                return unrecognised;
            }

            if (next == PayloadSa)
            {
                hasSa = true;
            }
            else if (next == PayloadNotify && notify is null && length >= 8)
            {
                var spiSize = datagram[offset + 5];
                var type = BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 6)..]);
                var dataStart = offset + 8 + spiSize;
                notify = new IkeSaInitReply(IkeReplyKind.Notify, type, dataStart <= offset + length ? datagram[dataStart..(offset + length)].ToArray() : []);
            }

            next = datagram[offset];
            offset += length;
        }

        return hasSa ? new IkeSaInitReply(IkeReplyKind.Handshake, null, []) : notify ?? unrecognised;
    }

    /// <summary>Sends the request to UDP <paramref name="responder"/> up to three times; null when nothing answers.</summary>
    public static async Task<IkeSaInitReply?> ExchangeAsync(
        IPEndPoint responder, IReadOnlyList<int> dhGroups, int keyExchangeGroup, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var request = BuildRequest(dhGroups, keyExchangeGroup);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 0));
        var buffer = new byte[65535];
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await socket.SendToAsync(request, SocketFlags.None, responder, cancellationToken).ConfigureAwait(false);
            using var wait = new CancellationTokenSource(timeout, TimeProvider.System);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, wait.Token);
            try
            {
                var received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), linked.Token)
                    .ConfigureAwait(false);
                return Parse(buffer.AsSpan(0, received.ReceivedBytes));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // No answer within the timeout: send again.
            }
            catch (SocketException)
            {
                // ICMP port unreachable surfaces as a reset on the next receive: nothing listens.
                return null;
            }
        }

        return null;
    }

    private static byte[] Transform(byte type, ushort id, ushort? keyLength, bool last)
    {
        var transform = new byte[keyLength is null ? 8 : 12];
        transform[0] = last ? (byte)0 : (byte)3;
        BinaryPrimitives.WriteUInt16BigEndian(transform.AsSpan(2), (ushort)transform.Length);
        transform[4] = type;
        BinaryPrimitives.WriteUInt16BigEndian(transform.AsSpan(6), id);
        if (keyLength is { } bits)
        {
            BinaryPrimitives.WriteUInt16BigEndian(transform.AsSpan(8), AttributeKeyLength);
            BinaryPrimitives.WriteUInt16BigEndian(transform.AsSpan(10), bits);
        }

        return transform;
    }

    /// <summary>A payload with its generic header (RFC 7296 §3.2): next payload, flags, length, body.</summary>
    private static byte[] Payload(byte nextPayload, byte[] body)
    {
        var payload = new byte[4 + body.Length];
        payload[0] = nextPayload;
        BinaryPrimitives.WriteUInt16BigEndian(payload.AsSpan(2), (ushort)payload.Length);
        body.CopyTo(payload, 4);
        return payload;
    }
}
