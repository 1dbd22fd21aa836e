namespace VpnBot.Diagnostics.Dns.Querying;

/// <summary>How one DNS question ended. Only <see cref="Answered"/> carries a response code and records.</summary>
internal enum DnsOutcome
{
    /// <summary>A well-formed reply arrived (any response code, including NXDOMAIN and SERVFAIL).</summary>
    Answered,

    /// <summary>No reply within the time allowed.</summary>
    Timeout,

    /// <summary>Something came back that is not a usable DNS reply: garbage, cut short, wrong id, truncated even over TCP.</summary>
    Malformed,

    /// <summary>The local stack or the peer refused or dropped the exchange (unreachable, connection refused or closed).</summary>
    NetworkError,
}

/// <summary>How the final reply travelled.</summary>
internal enum DnsTransport
{
    Udp,
    Tcp,

    /// <summary>The operating system's resolver (getaddrinfo), which hides the wire exchange.</summary>
    System,
}
