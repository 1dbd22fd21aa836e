namespace VpnBot.Diagnostics.Configuration;

/// <summary>
/// The <c>Vpn</c> configuration section, shared by the CLI (<c>--config</c>), the bot host and the agent.
/// Key names are a contract: keys may be added, never renamed.
/// </summary>
public sealed class VpnOptions
{
    public const string SectionName = "Vpn";

    /// <summary>Longest a whole check run may take. Default 5 seconds.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(5);

    /// <summary>Shortest deadline accepted: below this no probe can get an answer over a real WAN.</summary>
    public static readonly TimeSpan MinDeadline = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest deadline accepted: a check is interactive and must not hold a chat turn or a terminal for long.</summary>
    public static readonly TimeSpan MaxDeadline = TimeSpan.FromMinutes(2);

    public IList<EndpointOptions> Endpoints { get; } = [];

    public TimeSpan Deadline { get; set; } = DefaultDeadline;

    public ThresholdOptions Thresholds { get; set; } = new();
}

/// <summary>One VPN endpoint: the name clients dial and where its DNS, addresses and ports are.</summary>
public sealed class EndpointOptions
{
    /// <summary>Short name used in chat and reports (<c>tokyo</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The name clients dial (<c>vpn.example.local</c>).</summary>
    public string? Fqdn { get; set; }

    /// <summary>Enabled tunnel types: <c>Ikev2</c>, <c>L2tp</c>, <c>Sstp</c>, <c>Pptp</c>. Empty means all four.</summary>
    public IList<string> Protocols { get; } = [];

    /// <summary>Internal, authoritative DNS servers, <c>ADDR[:PORT]</c>.</summary>
    public IList<string> InternalDns { get; } = [];

    /// <summary>Resolvers the internet sees, <c>ADDR[:PORT]</c>.</summary>
    public IList<string> ExternalDns { get; } = [];

    /// <summary>Caching resolvers on the client path, <c>ADDR[:PORT]</c>.</summary>
    public IList<string> Resolvers { get; } = [];

    /// <summary>Addresses the name must have inside.</summary>
    public IList<string> ExpectAddresses { get; } = [];

    /// <summary>Addresses the name must have on the internet.</summary>
    public IList<string> PublicAddresses { get; } = [];

    /// <summary>Address to probe instead of resolving the name.</summary>
    public string? Address { get; set; }

    public PortOptions Ports { get; set; } = new();

    /// <summary>PEM files with extra trusted roots for <c>cert.chain</c>.</summary>
    public IList<string> TrustedRoots { get; } = [];

    /// <summary>A PEM file with the server certificate to check instead of the one the endpoint presents.</summary>
    public string? Certificate { get; set; }

    /// <summary>The sites (<c>tokyo</c>, <c>osaka-dmz</c>) whose agents check this endpoint beside the host; empty: every connected agent.</summary>
    public IList<string> Sites { get; } = [];
}

/// <summary>Ports the probes dial; the defaults are what RRAS listens on.</summary>
public sealed class PortOptions
{
    public int Ike { get; set; } = 500;

    public int NatT { get; set; } = 4500;

    public int L2tp { get; set; } = 1701;

    public int Pptp { get; set; } = 1723;

    public int Sstp { get; set; } = 443;
}

/// <summary>Limits that turn measurements into warnings and failures.</summary>
public sealed class ThresholdOptions
{
    /// <summary>Warn when the certificate expires within this many days. Default 30.</summary>
    public int CertificateWarnDays { get; set; } = 30;

    /// <summary>Fail when the certificate expires within this many days. Default 7.</summary>
    public int CertificateFailDays { get; set; } = 7;

    /// <summary>Warn when the public record's TTL is above this. Default 1 hour.</summary>
    public TimeSpan MaxPublicTtl { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Longest CNAME chain before it is reported as too deep. Default 8.</summary>
    public int MaxCnameDepth { get; set; } = 8;
}
