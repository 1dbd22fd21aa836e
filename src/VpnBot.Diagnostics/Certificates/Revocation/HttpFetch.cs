namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>How an HTTP fetch of a revocation location ended.</summary>
internal enum HttpFetchOutcome
{
    /// <summary>An HTTP response arrived (any status).</summary>
    Answered,

    /// <summary>No response within the time allowed.</summary>
    NoAnswer,

    /// <summary>The host name of the URL did not resolve.</summary>
    NameNotResolved,

    /// <summary>TCP refused.</summary>
    Refused,

    /// <summary>No route to the host.</summary>
    Unreachable,

    /// <summary>The body was larger than a CRL this check will download.</summary>
    TooLarge,

    /// <summary>A redirect to another scheme, or too many redirects.</summary>
    BadRedirect,

    /// <summary>Any other transport failure (reset, protocol error).</summary>
    Failed,
}

/// <summary>The result of one fetch: the status and body, or why there is none.</summary>
internal sealed record HttpFetch(HttpFetchOutcome Outcome, int StatusCode, byte[] Body, string? Detail, TimeSpan Elapsed);
