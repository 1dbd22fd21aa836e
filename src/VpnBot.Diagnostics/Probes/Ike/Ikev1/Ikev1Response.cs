using VpnBot.Diagnostics.Probes.Ike.Wire;

namespace VpnBot.Diagnostics.Probes.Ike.Ikev1;

/// <summary>A Notification payload (RFC 2408 §3.14).</summary>
internal sealed record Ikev1Notification(ushort Type, uint Doi, byte ProtocolId, byte[] Spi, byte[] Data)
{
    public bool IsError => Type is > 0 and <= Ikev1Notify.LastError;

    public string Name => Ikev1Names.NotifyWithNumber(Type);
}

/// <summary>What the answer to a first Main Mode message carries.</summary>
internal sealed record Ikev1Response
{
    public required IkeHeader Header { get; init; }

    /// <summary>The transform the responder chose (Main Mode answer), if any.</summary>
    public Ikev1Transform? Chosen { get; init; }

    public IReadOnlyList<Ikev1Notification> Notifications { get; init; } = [];

    public IReadOnlyList<byte[]> VendorIds { get; init; } = [];

    public Ikev1Notification? Error => Notifications.FirstOrDefault(n => n.IsError);
}

/// <summary>A parsed answer, or why the datagram is not one.</summary>
internal sealed record Ikev1ParseResult(Ikev1Response? Response, IkeParseFailure? Failure)
{
    public static Ikev1ParseResult Fail(IkeMalformation reason, int offset) => new(null, new IkeParseFailure(reason, offset));
}
