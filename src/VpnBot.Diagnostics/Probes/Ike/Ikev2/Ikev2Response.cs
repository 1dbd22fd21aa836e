using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev2;

/// <summary>What an IKE_SA_INIT response carries, read with every length checked.</summary>
internal sealed record Ikev2Response
{
    public required IkeHeader Header { get; init; }

    /// <summary>The proposal the responder chose, when it sent an SA payload.</summary>
    public Ikev2Proposal? Proposal { get; init; }

    /// <summary>The group of the responder's Key Exchange payload, when it sent one.</summary>
    public ushort? KeyExchangeGroup { get; init; }

    /// <summary>Length of the responder's public value, 0 without a Key Exchange payload.</summary>
    public int KeyExchangeLength { get; init; }

    /// <summary>Length of the responder's nonce, null without a Nonce payload.</summary>
    public int? NonceLength { get; init; }

    public IReadOnlyList<Ikev2Notification> Notifications { get; init; } = [];

    public IReadOnlyList<byte[]> VendorIds { get; init; } = [];

    /// <summary>Certificate Request payloads: the responder will authenticate with certificates.</summary>
    public int CertificateRequests { get; init; }

    /// <summary>The first error notify (type below 16384), if any.</summary>
    public Ikev2Notification? Error => Notifications.FirstOrDefault(n => n.IsError);

    public Ikev2Notification? Find(ushort type) => Notifications.FirstOrDefault(n => n.Type == type);
}

/// <summary>A parsed response, or why the datagram is not one.</summary>
internal sealed record Ikev2ParseResult(Ikev2Response? Response, IkeParseFailure? Failure)
{
    public static Ikev2ParseResult Fail(IkeMalformation reason, int offset) => new(null, new IkeParseFailure(reason, offset));
}
