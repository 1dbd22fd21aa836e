namespace VpnBot.Diagnostics.Probes;

/// <summary>
/// Values of the <c>outcome</c> evidence key, which a protocol probe sets first in its evidence once it
/// has been on the wire, so diagnosis rules and cards can tell a silent port from a refusal from a live
/// server with a policy mismatch. Findings of probes that never got that far carry none: the skip when
/// there is no address to dial, and <c>gre.path</c>'s skips without a raw socket (<c>reason</c>) or
/// without a PPTP control connection (<c>control</c> holds <c>pptp.control</c>'s outcome instead); nor
/// do the runner's own error findings for a unit that overran or threw.
/// </summary>
public static class ProbeOutcome
{
    /// <summary>Evidence key.</summary>
    public const string Key = "outcome";

    /// <summary>A well-formed protocol answer that means the service is up (IKE SA, SCCRP, PPTP reply, HTTP 200).</summary>
    public const string Answered = "answered";

    /// <summary>IKE Notify NO_PROPOSAL_CHOSEN (14): live responder, no common proposal.</summary>
    public const string NoProposalChosen = "no-proposal-chosen";

    /// <summary>IKEv2 Notify INVALID_KE_PAYLOAD (17): live responder wanting another DH group.</summary>
    public const string InvalidKe = "invalid-ke";

    /// <summary>IKEv2 Notify COOKIE (16390): live responder under load asking to retry with a cookie.</summary>
    public const string Cookie = "cookie";

    /// <summary>Another protocol-level refusal (an IKE notify, L2TP StopCCN, PPTP result code other than OK, HTTP error).</summary>
    public const string Rejected = "rejected";

    /// <summary>Nothing came back within the time allowed (UDP silence, TCP SYN unanswered).</summary>
    public const string NoAnswer = "no-answer";

    /// <summary>ICMP port unreachable (UDP) or RST (TCP).</summary>
    public const string Refused = "refused";

    /// <summary>No route to the host or network.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>TCP accepted, then no reply to the request within the time allowed.</summary>
    public const string Silent = "silent";

    /// <summary>A reply came that is not the protocol (garbage, truncated, wrong version).</summary>
    public const string Malformed = "malformed";

    /// <summary>The TLS handshake failed (SSTP).</summary>
    public const string TlsFailed = "tls-failed";
}
