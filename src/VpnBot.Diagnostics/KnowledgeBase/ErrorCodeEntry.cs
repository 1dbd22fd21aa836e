using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.KnowledgeBase;

/// <summary>What one Windows VPN error code means, what usually causes it and how to fix it.</summary>
public sealed record ErrorCodeEntry
{
    /// <summary>Canonical form: decimal for RAS and IPsec codes (<c>868</c>, <c>13801</c>), upper-case hex for HRESULTs (<c>0x800B0109</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The SDK symbol (<c>ERROR_DNSNAME_NOT_RESOLVABLE</c>), or a short name where the SDK has none.</summary>
    public required string Symbol { get; init; }

    public required LocalizedText Meaning { get; init; }

    /// <summary>Likely causes, most common first, each with the checks that can confirm it.</summary>
    public required IReadOnlyList<ErrorCause> Causes { get; init; }

    /// <summary>Remediation steps in the order an administrator should try them.</summary>
    public required IReadOnlyList<LocalizedText> Steps { get; init; }
}

/// <summary>One likely cause of an error code and the check ids whose findings confirm or rule it out.</summary>
public sealed record ErrorCause(LocalizedText Text, IReadOnlyList<string> Checks);
