using System.Globalization;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Expiry;

/// <summary>
/// <c>cert.expiry</c>: days left on the server certificate against the warn and fail thresholds. An
/// expired or not-yet-valid certificate fails: Windows clients refuse it (IKEv2 13801, error 810).
/// </summary>
public sealed class CertificateExpiryCheck : ICheck
{
    private static readonly IReadOnlyList<string> FailureCodes = ["13801", "810"];

    public string Id => CheckIds.CertExpiry;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) =>
        CertificateUnits.Plan(Id, target, (context, certificate, subject, _) =>
            Task.FromResult(Evaluate(certificate, subject, context.Time.GetUtcNow(), context.Target.Thresholds)));

    internal static Finding Evaluate(ServerCertificate certificate, string subject, DateTimeOffset now, CheckThresholds thresholds)
    {
        var leaf = certificate.Leaf;
        var notBefore = leaf.NotBefore();
        var notAfter = leaf.NotAfter();
        var left = notAfter - now;
        var daysLeft = (long)Math.Floor(left.TotalDays);

        var evidence = certificate.NewEvidence();
        CertificateFacts.AddIdentity(evidence, leaf);
        evidence["daysLeft"] = daysLeft.ToString(CultureInfo.InvariantCulture);
        evidence["checkedAt"] = CertificateFacts.Iso(now);
        evidence["warnDays"] = thresholds.CertificateWarnDays.ToString(CultureInfo.InvariantCulture);
        evidence["failDays"] = thresholds.CertificateFailDays.ToString(CultureInfo.InvariantCulture);

        var until = CertificateFacts.Day(notAfter);
        if (now < notBefore)
        {
            return Fail(Text(nameof(CertificatesText.ExpiryNotYetValid), CertificateFacts.Iso(notBefore)),
                [Text(nameof(CertificatesText.StepCheckClock)), Text(nameof(CertificatesText.StepReissue))]);
        }

        if (left <= TimeSpan.Zero)
        {
            return Fail(Text(nameof(CertificatesText.ExpiryExpired), until, -daysLeft),
                [.. Renewal(), Text(nameof(CertificatesText.StepRemoveExpired))]);
        }

        if (left <= TimeSpan.FromDays(thresholds.CertificateFailDays))
        {
            return Fail(Text(nameof(CertificatesText.ExpiryFailSoon), until, daysLeft, thresholds.CertificateFailDays), Renewal());
        }

        if (left <= TimeSpan.FromDays(thresholds.CertificateWarnDays))
        {
            return Result(CheckStatus.Warn, Text(nameof(CertificatesText.ExpiryWarnSoon), until, daysLeft, thresholds.CertificateWarnDays), [],
                [Text(nameof(CertificatesText.StepCheckAutoEnrolment)), .. Renewal()]);
        }

        return Result(CheckStatus.Pass, Text(nameof(CertificatesText.ExpiryPass), until, daysLeft), [], []);

        Finding Fail(LocalizedText summary, IReadOnlyList<LocalizedText> steps) => Result(CheckStatus.Fail, summary, FailureCodes, steps);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.CertExpiry,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    private static LocalizedText[] Renewal() =>
    [
        Text(nameof(CertificatesText.StepRenew)),
        Text(nameof(CertificatesText.StepBindInRras)),
        Text(nameof(CertificatesText.StepRestartRras)),
        Text(nameof(CertificatesText.StepTestClient)),
    ];
}
