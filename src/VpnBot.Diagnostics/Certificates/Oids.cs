namespace VpnBot.Diagnostics.Certificates;

/// <summary>Object identifiers the certificate checks look for.</summary>
internal static class Oids
{
    /// <summary>id-at-commonName, RFC 5280 appendix A.1.</summary>
    public const string CommonName = "2.5.4.3";

    /// <summary>id-ce-subjectAltName, RFC 5280 §4.2.1.6.</summary>
    public const string SubjectAltName = "2.5.29.17";

    /// <summary>id-ce-keyUsage, RFC 5280 §4.2.1.3.</summary>
    public const string KeyUsage = "2.5.29.15";

    /// <summary>id-ce-extKeyUsage, RFC 5280 §4.2.1.12.</summary>
    public const string ExtendedKeyUsage = "2.5.29.37";

    /// <summary>id-ce-cRLDistributionPoints, RFC 5280 §4.2.1.13.</summary>
    public const string CrlDistributionPoints = "2.5.29.31";

    /// <summary>id-pe-authorityInfoAccess, RFC 5280 §4.2.2.1.</summary>
    public const string AuthorityInformationAccess = "1.3.6.1.5.5.7.1.1";

    /// <summary>id-ad-ocsp, RFC 5280 §4.2.2.1.</summary>
    public const string Ocsp = "1.3.6.1.5.5.7.48.1";

    /// <summary>id-ad-caIssuers, RFC 5280 §4.2.2.1.</summary>
    public const string CaIssuers = "1.3.6.1.5.5.7.48.2";

    /// <summary>id-kp-serverAuth, RFC 5280 §4.2.1.12: TLS server authentication ("Server Authentication").</summary>
    public const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    /// <summary>id-kp-clientAuth, RFC 5280 §4.2.1.12 ("Client Authentication").</summary>
    public const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    /// <summary>
    /// "IP security IKE intermediate" (iKEIntermediate, from the IETF IPsec PKI profile drafts): Microsoft
    /// recommends it beside Server Authentication on an RRAS IKEv2 server certificate.
    /// </summary>
    public const string IkeIntermediate = "1.3.6.1.5.5.8.2.2";

    /// <summary>anyExtendedKeyUsage, RFC 5280 §4.2.1.12.</summary>
    public const string AnyExtendedKeyUsage = "2.5.29.37.0";
}
