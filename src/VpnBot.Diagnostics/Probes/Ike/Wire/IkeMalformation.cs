namespace VpnBot.Diagnostics.Probes.Ike.Wire;

/// <summary>Why a datagram that claims to answer an IKE request is not a usable IKE message.</summary>
internal enum IkeMalformation
{
    /// <summary>Shorter than the 28-byte IKE header.</summary>
    TooShort,

    /// <summary>The header's length field disagrees with the datagram's size.</summary>
    LengthMismatch,

    /// <summary>The major version is not the one asked for.</summary>
    UnexpectedVersion,

    /// <summary>The exchange type does not answer the request (not IKE_SA_INIT, not Main Mode or Informational).</summary>
    UnexpectedExchange,

    /// <summary>The IKEv2 Response flag is clear, the Initiator flag set, or the message id is not 0.</summary>
    NotAResponse,

    /// <summary>A payload's length is below its header size or runs past the end of the message.</summary>
    PayloadTruncated,

    /// <summary>An SA payload's proposal substructure is inconsistent.</summary>
    ProposalInvalid,

    /// <summary>A transform substructure or one of its attributes is inconsistent.</summary>
    TransformInvalid,

    /// <summary>A Notify payload is shorter than its fields say.</summary>
    NotifyInvalid,

    /// <summary>A Key Exchange payload is shorter than its fixed fields.</summary>
    KeyExchangeInvalid,

    /// <summary>Neither an SA nor a Notify: nothing that answers the request.</summary>
    NoAnswerPayload,

    /// <summary>Payloads are encrypted where the exchange has no keys yet.</summary>
    Encrypted,

    /// <summary>A reply on the NAT-T port without the 4-byte non-ESP marker (RFC 3948 §2.2).</summary>
    MissingNonEspMarker,
}

/// <summary>A malformation and the byte offset where it was found.</summary>
internal sealed record IkeParseFailure(IkeMalformation Reason, int Offset)
{
    /// <summary>The reason as a stable evidence token, e.g. <c>payload-truncated</c>.</summary>
    public string Token => Reason switch
    {
        IkeMalformation.TooShort => "too-short",
        IkeMalformation.LengthMismatch => "length-mismatch",
        IkeMalformation.UnexpectedVersion => "unexpected-version",
        IkeMalformation.UnexpectedExchange => "unexpected-exchange",
        IkeMalformation.NotAResponse => "not-a-response",
        IkeMalformation.PayloadTruncated => "payload-truncated",
        IkeMalformation.ProposalInvalid => "proposal-invalid",
        IkeMalformation.TransformInvalid => "transform-invalid",
        IkeMalformation.NotifyInvalid => "notify-invalid",
        IkeMalformation.KeyExchangeInvalid => "key-exchange-invalid",
        IkeMalformation.NoAnswerPayload => "no-answer-payload",
        IkeMalformation.Encrypted => "encrypted",
        IkeMalformation.MissingNonEspMarker => "missing-non-esp-marker",
        _ => "unknown",
    };
}
