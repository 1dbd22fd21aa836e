using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Diagnosis;

/// <summary>A likely cause of the trouble, inferred from findings, with what it explains and what to do.</summary>
public sealed record Cause
{
    /// <summary>Stable id of the cause (<c>dns.secondary-stale</c>, <c>path.udp500-blocked</c>): cards and suppressions refer to it.</summary>
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Why the findings point here, in a sentence or two.</summary>
    public required LocalizedText Explanation { get; init; }

    /// <summary>How strongly the findings support this cause, 0–100; the diagnosis is ordered by it.</summary>
    public required int Score { get; init; }

    /// <summary>Windows VPN client error codes this cause explains.</summary>
    public IReadOnlyList<string> ErrorCodes { get; init; } = [];

    /// <summary>The check ids whose findings support the cause.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Check ids, beyond the supporting ones, that would confirm or rule out the cause (often ones only an agent on the server can run).</summary>
    public IReadOnlyList<string> ConfirmWith { get; init; } = [];

    /// <summary>Ordered steps that remove the cause.</summary>
    public IReadOnlyList<LocalizedText> Remediation { get; init; } = [];
}
