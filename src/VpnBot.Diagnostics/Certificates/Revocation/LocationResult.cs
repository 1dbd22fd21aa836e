namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>
/// Result tokens of one revocation location, the first word of its evidence value (the evidence key is the URL).
/// </summary>
public static class LocationResult
{
    /// <summary>A current CRL that does not list the server, or an OCSP responder that answers HTTP.</summary>
    public const string Ok = "ok";

    /// <summary>The CRL's nextUpdate has passed: clients treat it as unusable.</summary>
    public const string Expired = "expired";

    /// <summary>The CRL's thisUpdate is in the future (a clock is wrong).</summary>
    public const string NotYetValid = "not-yet-valid";

    /// <summary>The CRL was issued by another CA than the certificate's issuer.</summary>
    public const string WrongIssuer = "wrong-issuer";

    /// <summary>The CRL lists the server certificate's serial number.</summary>
    public const string Revoked = "revoked";

    /// <summary>An HTTP 2xx body that is not a CRL (an error page, a login portal).</summary>
    public const string NotACrl = "not-a-crl";

    /// <summary>An HTTP status other than 2xx.</summary>
    public const string HttpError = "http-error";

    public const string NoAnswer = "no-answer";

    public const string NameNotResolved = "name-not-resolved";

    public const string Refused = "refused";

    public const string Unreachable = "unreachable";

    public const string TooLarge = "too-large";

    /// <summary>A redirect to another scheme, or too many redirects.</summary>
    public const string BadRedirect = "bad-redirect";

    public const string Failed = "failed";

    /// <summary>Not fetched: a scheme other than http://, or past the number of locations tested.</summary>
    public const string NotTested = "not-tested";
}
