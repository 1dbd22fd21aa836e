namespace VpnBot.Diagnostics.Checks;

/// <summary>Limits that turn a measured value into pass, warn or fail.</summary>
public sealed record CheckThresholds
{
    public static CheckThresholds Default { get; } = new();

    /// <summary>Warn when the server certificate expires within this many days. Default 30.</summary>
    public int CertificateWarnDays { get; init; } = 30;

    /// <summary>Fail when the server certificate expires within this many days (or has expired). Default 7.</summary>
    public int CertificateFailDays { get; init; } = 7;

    /// <summary>Warn when the public record's TTL is above this: clients keep the old address that long after a move. Default 1 hour.</summary>
    public TimeSpan MaxPublicTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Longest CNAME chain accepted before it is reported as too deep. Default 8, as stub resolvers commonly give up soon after.</summary>
    public int MaxCnameDepth { get; init; } = 8;
}
