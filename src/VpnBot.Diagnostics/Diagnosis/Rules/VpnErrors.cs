namespace VpnBot.Diagnostics.Diagnosis.Rules;

/// <summary>The Windows VPN client error codes causes explain, in the knowledge base's canonical form.</summary>
internal static class VpnErrors
{
    public const string PortDisconnected = "619";
    public const string L2tpPolicyMismatch = "788";
    public const string L2tpTimedOut = "792";
    public const string AutomaticVpnFailed = "800";
    public const string GreBlocked = "806";
    public const string VpnTimeout = "809";
    public const string BadCertificate = "810";
    public const string L2tpServerNameMismatch = "835";
    public const string NameNotResolvable = "868";
    public const string IkeAuthFail = "13801";
    public const string IkeTimedOut = "13805";
    public const string IkeNoCertificate = "13806";
    public const string IkePolicyMismatch = "13868";
    public const string NoServerAuthenticationEku = "0x80070040";
    public const string CertificateRevoked = "0x80092010";
    public const string RevocationOffline = "0x80092013";
    public const string CertificateExpired = "0x800B0101";
    public const string CertificateNameMismatch = "0x800B010F";
}
