namespace VpnBot.Windows.Events.Ike;

/// <summary>
/// The Failure Reason of a 4653/4654 event is the message text of the IKE error (FormatMessage of the
/// ERROR_IPSEC_IKE_* code, winerror.h). On an English system it names the code the VPN client reports;
/// other languages leave the reason as evidence without a code.
/// </summary>
internal static class IkeFailureReasons
{
    private static readonly (string Text, string Code)[] Known =
    [
        // ERROR_IPSEC_IKE_AUTH_FAIL: the certificate (or pre-shared key) was refused.
        ("IKE authentication credentials are unacceptable", "13801"),
        // ERROR_IPSEC_IKE_TIMED_OUT: the peer stopped answering mid-negotiation (fragments dropped, UDP 4500 blocked).
        ("Negotiation timed out", "13805"),
        // ERROR_IPSEC_IKE_NO_CERT: no usable machine certificate.
        ("IKE failed to find valid machine certificate", "13806"),
        // ERROR_IPSEC_IKE_POLICY_MATCH: no proposal in common.
        ("Policy match error", "13868"),
    ];

    /// <summary>The error code a reason names, or null.</summary>
    public static string? CodeOf(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        var text = reason.Trim();
        foreach (var (known, code) in Known)
        {
            if (text.StartsWith(known, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return null;
    }
}
