using System.Security.Cryptography.X509Certificates;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Eku;

/// <summary>
/// <c>cert.eku</c>: Server Authentication must be among the certificate's purposes (0x80070040, 13801);
/// IP security IKE intermediate should be too when IKEv2 is offered; a Key Usage without Digital Signature
/// leaves the server unable to sign its IKE authentication or a modern TLS key exchange (13806).
/// No EKU extension at all means any purpose (RFC 5280 §4.2.1.12).
/// </summary>
public sealed class CertificateEkuCheck : ICheck
{
    public string Id => CheckIds.CertEku;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
        CertificateUnits.Plan(Id, target, (context, certificate, subject, _) =>
            Task.FromResult(Evaluate(certificate, subject, context.Target)));

    internal static Finding Evaluate(ServerCertificate certificate, string subject, CheckTarget target)
    {
        var purposes = KeyPurposes.Of(certificate.Leaf);
        var ikev2 = target.Offers(VpnProtocols.Ikev2);
        var evidence = certificate.NewEvidence();
        evidence["eku"] = purposes.Purposes is null ? "(none: any purpose)" : string.Join(", ", purposes.Purposes.Select(KeyPurposes.Describe));
        evidence["keyUsage"] = purposes.KeyUsage?.ToString() ?? "(none: any use)";
        evidence["ikev2Offered"] = ikev2 ? "true" : "false";

        var issues = new List<Issue>();
        if (purposes.Unreadable)
        {
            issues.Add(new(CheckStatus.Fail, Text(nameof(CertificatesText.EkuUnreadable)), ["13801"], [Text(nameof(CertificatesText.StepReissue))]));
        }
        else if (purposes.Purposes is not null && !purposes.Has(Oids.ServerAuthentication))
        {
            issues.Add(purposes.Has(Oids.AnyExtendedKeyUsage)
                ? new(CheckStatus.Warn, Text(nameof(CertificatesText.EkuAnyPurposeOnly)), [], ServerAuthSteps())
                : new(CheckStatus.Fail, Text(nameof(CertificatesText.EkuNoServerAuth)), ["0x80070040", "13801"], ServerAuthSteps()));
        }
        else if (purposes.Purposes is not null && ikev2 && !purposes.Has(Oids.IkeIntermediate))
        {
            issues.Add(new(CheckStatus.Warn, Text(nameof(CertificatesText.EkuNoIkeIntermediate)), [],
                [Text(nameof(CertificatesText.StepAddIkeEku)), Text(nameof(CertificatesText.StepBindInRras)), Text(nameof(CertificatesText.StepRestartRras))]));
        }

        if (purposes.KeyUsage is { } usage && !usage.HasFlag(X509KeyUsageFlags.DigitalSignature))
        {
            issues.Add(new(CheckStatus.Fail, Text(nameof(CertificatesText.EkuNoDigitalSignature), usage.ToString()), ["13806", "13801"],
                [Text(nameof(CertificatesText.StepAddDigitalSignature)), Text(nameof(CertificatesText.StepBindInRras))]));
        }

        if (issues.Count == 0)
        {
            var summary = purposes.Purposes is null
                ? Text(nameof(CertificatesText.EkuPassAnyPurpose))
                : purposes.Has(Oids.IkeIntermediate)
                    ? Text(nameof(CertificatesText.EkuPassWithIke))
                    : Text(nameof(CertificatesText.EkuPass));
            return Result(CheckStatus.Pass, summary, [], []);
        }

        var worst = issues.OrderByDescending(issue => issue.Status == CheckStatus.Fail).First();
        return Result(
            worst.Status,
            worst.Summary,
            [.. issues.SelectMany(issue => issue.Codes).Distinct(StringComparer.Ordinal)],
            [.. issues.SelectMany(issue => issue.Steps).Distinct()]);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.CertEku,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    private static LocalizedText[] ServerAuthSteps() =>
    [
        Text(nameof(CertificatesText.StepUseServerTemplate)),
        Text(nameof(CertificatesText.StepBindInRras)),
        Text(nameof(CertificatesText.StepRestartRras)),
    ];

    private sealed record Issue(CheckStatus Status, LocalizedText Summary, IReadOnlyList<string> Codes, IReadOnlyList<LocalizedText> Steps);
}
