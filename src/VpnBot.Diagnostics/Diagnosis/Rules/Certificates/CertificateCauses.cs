using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;

namespace VpnBot.Diagnostics.Diagnosis.Rules.Certificates;

/// <summary>What the certificate rules share: the certificate as the administrator knows it.</summary>
internal static class CertificateCauses
{
    /// <summary>What <c>cert.chain</c> joins the chain's subjects with.</summary>
    private const string ChainSeparator = " > ";

    /// <summary>What the certificate checks write for an empty subject (<c>(empty)</c>) or a missing CN (<c>(none)</c>).</summary>
    private static readonly string[] Placeholders = ["(empty)", "(none)"];

    /// <summary>
    /// The certificate a finding is about, by its subject as the certificate store shows it. Only
    /// <c>cert.expiry</c> writes <c>subject</c>, so the other findings about the same certificate (same
    /// finding subject) lend theirs: that <c>subject</c>, else the leaf of <c>cert.chain</c>'s <c>chain</c>,
    /// else <c>cert.name</c>'s <c>cn</c>. Without any of them, where the certificate came from (the file or
    /// the endpoint), said as such rather than passed off as its name.
    /// </summary>
    public static LocalizedText Describe(Finding finding, DiagnosisInput input)
    {
        var about = new[] { finding }
            .Concat(input.Findings.Where(f => !ReferenceEquals(f, finding) && f.Check.StartsWith("cert.", StringComparison.Ordinal) && f.Subject == finding.Subject))
            .ToList();
        var name = about.Select(f => Named(f.Fact(RuleEvidence.CertificateSubject))).FirstOrDefault(s => s is not null)
            ?? about.Select(f => Named(f.Fact(RuleEvidence.CertificateChain)?.Split(ChainSeparator)[0])).FirstOrDefault(s => s is not null);
        if (name is null && about.Select(f => Named(f.Fact(RuleEvidence.CommonName))).FirstOrDefault(cn => cn is not null) is { } commonName)
        {
            name = $"CN={commonName}";
        }

        return name is not null
            ? LocalizedText.Invariant(name)
            : RuleText.Format(nameof(DiagnosisText.CertificateFrom), finding.Subject);
    }

    private static string? Named(string? value) =>
        string.IsNullOrWhiteSpace(value) || Placeholders.Contains(value.Trim(), StringComparer.Ordinal) ? null : value.Trim();
}
