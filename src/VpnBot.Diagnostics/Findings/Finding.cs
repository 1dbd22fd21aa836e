using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Findings;

/// <summary>
/// One fact a check established about one subject: the unit every report, card and alert is built from.
/// </summary>
public sealed record Finding
{
    /// <summary>The stable check id, one of <see cref="Checks.CheckIds"/>.</summary>
    public required string Check { get; init; }

    /// <summary>What the finding is about: a server (<c>198.18.0.2:53</c>), an address, a file.</summary>
    public required string Subject { get; init; }

    public required CheckStatus Status { get; init; }

    /// <summary>One line, in both languages.</summary>
    public required LocalizedText Summary { get; init; }

    /// <summary>The raw facts behind the status (answers, serials, TTLs, response codes, certificate fields), in the order they were gathered.</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = EmptyEvidence;

    /// <summary>Windows VPN client error codes this finding explains, in the knowledge base's canonical form.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>Ordered steps that fix what the finding shows.</summary>
    public IReadOnlyList<LocalizedText> Remediation { get; init; } = [];

    /// <summary>Wall time the check spent on this subject; set by the runner.</summary>
    public long DurationMs { get; init; }

    private static readonly IReadOnlyDictionary<string, string> EmptyEvidence = new Dictionary<string, string>();
}
