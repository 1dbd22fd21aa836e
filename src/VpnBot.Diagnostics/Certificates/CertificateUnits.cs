using System.Globalization;
using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using VpnBot.Diagnostics.Targets;

namespace VpnBot.Diagnostics.Certificates;

/// <summary>Examines the run's server certificate and returns the finding.</summary>
internal delegate Task<Finding> CertificateEvaluation(CheckContext context, ServerCertificate certificate, string subject, CancellationToken cancellationToken);

/// <summary>
/// The one unit every <c>cert.*</c> check plans: wait for the shared server certificate inside the unit's
/// budget, then examine it; or, when there is none, say why with the evidence of the attempt.
/// </summary>
internal static class CertificateUnits
{
    /// <summary>ERROR_IPSEC_IKE_NO_CERT (winerror.h): the IKEv2 server has no usable machine certificate.</summary>
    private const string IkeNoCertificate = "13806";

    public static IEnumerable<CheckUnit> Plan(string check, CheckTarget target, CertificateEvaluation evaluate)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!ServerCertificateSource.Applies(target))
        {
            return [];
        }

        var subject = ServerCertificateSource.SubjectOf(target);
        return [new CheckUnit(check, subject, (context, ct) => RunAsync(check, subject, context, evaluate, ct))];
    }

    private static async Task<Finding> RunAsync(string check, string subject, CheckContext context, CertificateEvaluation evaluate, CancellationToken cancellationToken)
    {
        var wait = context.Remaining;
        CertificateSourceResult source;
        try
        {
            source = await context.GetServerCertificateAsync(cancellationToken).WaitAsync(wait, context.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new Finding
            {
                Check = check,
                Subject = subject,
                Status = CheckStatus.Error,
                Summary = Text(nameof(CertificatesText.SourceNotInTime), Ms(wait)),
                Evidence = new Dictionary<string, string> { ["timeoutMs"] = Ms(wait) },
            };
        }

        return source.Certificate is { } certificate
            ? await evaluate(context, certificate, subject, cancellationToken).ConfigureAwait(false)
            : Unavailable(check, subject, context.Target, source);
    }

    /// <summary>The finding for a check that has no certificate to examine.</summary>
    internal static Finding Unavailable(string check, string subject, CheckTarget target, CertificateSourceResult source)
    {
        if (source.Unavailable == CertificateUnavailable.Unresolved)
        {
            return UnresolvedAddress.Skip(check, subject, target.Fqdn);
        }

        var endpoint = source.Endpoint ?? subject;
        var elapsed = Ms(source.Elapsed);
        var (status, summary) = source.Unavailable switch
        {
            CertificateUnavailable.NotObservable => (CheckStatus.Skip, Text(nameof(CertificatesText.SourceNotObservable))),
            // An IKEv2 server authenticates with a machine certificate; L2TP/IPsec may use a pre-shared key instead.
            CertificateUnavailable.NotInStore when target.Offers(VpnProtocols.Ikev2) =>
                (CheckStatus.Fail, Text(nameof(CertificatesText.SourceNotInStore), target.Fqdn, source.Detail ?? string.Empty, endpoint)),
            CertificateUnavailable.NotInStore =>
                (CheckStatus.Skip, Text(nameof(CertificatesText.SourceNotInStoreNoIkev2), target.Fqdn, source.Detail ?? string.Empty, endpoint)),
            CertificateUnavailable.Refused => (CheckStatus.Skip, Text(nameof(CertificatesText.SourceRefused), endpoint)),
            CertificateUnavailable.NoAnswer => (CheckStatus.Skip, Text(nameof(CertificatesText.SourceNoAnswer), endpoint, elapsed)),
            CertificateUnavailable.Unreachable => (CheckStatus.Skip, Text(nameof(CertificatesText.SourceUnreachable), endpoint)),
            CertificateUnavailable.Silent => (CheckStatus.Error, Text(nameof(CertificatesText.SourceSilent), endpoint, elapsed)),
            CertificateUnavailable.Malformed => (CheckStatus.Error, Text(nameof(CertificatesText.SourceMalformed), endpoint, source.Detail ?? string.Empty)),
            _ => (CheckStatus.Error, Text(nameof(CertificatesText.SourceTlsFailed), endpoint, source.Detail ?? string.Empty)),
        };

        var evidence = source.Evidence.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (source.Unavailable == CertificateUnavailable.NotObservable)
        {
            evidence["protocols"] = target.Protocols.ToString();
        }

        return new Finding
        {
            Check = check,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = status == CheckStatus.Fail && source.Unavailable == CertificateUnavailable.NotInStore ? [IkeNoCertificate] : [],
            Remediation = source.Unavailable switch
            {
                CertificateUnavailable.NotObservable => [Text(nameof(CertificatesText.StepExportForCheck)), Text(nameof(CertificatesText.StepRunAgent))],
                CertificateUnavailable.NotInStore => [Text(nameof(CertificatesText.StepInstallInStore), target.Fqdn)],
                _ => [],
            },
        };
    }

    internal static LocalizedText Text(string name, params object?[] args) =>
        LocalizedText.Format(CertificatesText.ResourceManager, name, args);

    internal static string Ms(TimeSpan elapsed) => ((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
