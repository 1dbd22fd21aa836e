namespace VpnBot.Lab.Ike;

/// <summary>What an IKE_SA_INIT response says.</summary>
public enum IkeReplyKind
{
    /// <summary>The responder chose a proposal (an SA payload came back): a full handshake.</summary>
    Handshake,

    /// <summary>The responder answered with a notify instead (NO_PROPOSAL_CHOSEN, INVALID_KE_PAYLOAD, COOKIE...).</summary>
    Notify,

    /// <summary>Not an IKEv2 IKE_SA_INIT response.</summary>
    Unrecognised,
}

/// <summary>A parsed IKE_SA_INIT response.</summary>
/// <param name="Kind">Handshake, notify, or not IKE.</param>
/// <param name="NotifyType">The notify message type (RFC 7296 §3.10.1), when <paramref name="Kind"/> is <see cref="IkeReplyKind.Notify"/>.</param>
/// <param name="NotifyData">The notification data.</param>
public sealed record IkeSaInitReply(IkeReplyKind Kind, int? NotifyType, byte[] NotifyData)
{
    /// <summary>INVALID_KE_PAYLOAD: the DH group the responder asks for (RFC 7296 §1.3).</summary>
    public int? RequestedDhGroup =>
        NotifyType == IkeSaInit.NotifyInvalidKePayload && NotifyData.Length >= 2 ? (NotifyData[0] << 8) | NotifyData[1] : null;
}
