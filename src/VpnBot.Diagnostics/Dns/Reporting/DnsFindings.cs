using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Dns.Reporting;

/// <summary>Builds DNS findings; every finding that is not a pass or a skip carries remediation.</summary>
internal static class DnsFindings
{
    public static Finding Create(
        string check,
        string subject,
        CheckStatus status,
        LocalizedText summary,
        DnsEvidenceBuilder evidence,
        IReadOnlyList<string>? errorCodes = null,
        IReadOnlyList<LocalizedText>? remediation = null)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new Finding
        {
            Check = check,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence.Build(),
            ErrorCodes = errorCodes ?? [],
            Remediation = remediation ?? [],
        };
    }

    /// <summary>The check applies to this endpoint but lacks an input; <paramref name="reason"/> names it.</summary>
    public static Finding Skip(string check, string subject, LocalizedText reason) => new()
    {
        Check = check,
        Subject = subject,
        Status = CheckStatus.Skip,
        Summary = reason,
    };
}
