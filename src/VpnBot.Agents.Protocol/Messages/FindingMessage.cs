namespace VpnBot.Agents.Protocol.Messages;

/// <summary>A finding on the wire: the fields of a finding, texts in both languages.</summary>
public sealed record FindingMessage(
    string Check,
    string Subject,
    string Status,
    TextMessage Summary,
    IReadOnlyDictionary<string, string>? Evidence,
    IReadOnlyList<string>? ErrorCodes,
    IReadOnlyList<TextMessage>? Remediation,
    long DurationMs);

/// <summary>A user-facing text in English and Japanese.</summary>
public sealed record TextMessage(string En, string Ja);
