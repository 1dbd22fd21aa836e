using VpnBot.Diagnostics.Certificates.Source;
using VpnBot.Diagnostics.Checks;
using VpnBot.Diagnostics.Findings;
using VpnBot.Diagnostics.Localization;
using static VpnBot.Diagnostics.Certificates.CertificateUnits;

namespace VpnBot.Diagnostics.Certificates.Revocation;

/// <summary>
/// <c>cert.revocation</c>: the certificate names where its revocation status is published (CRL distribution
/// points, OCSP), and those places answer from here: each http:// CRL downloads, parses and is current,
/// each http:// OCSP responder answers HTTP. Windows SSTP clients check revocation and fail with
/// CRYPT_E_REVOCATION_OFFLINE (0x80092013) when they cannot, so for SSTP a gap is a failure, otherwise a warning.
/// </summary>
public sealed class CertificateRevocationCheck(RevocationFetcher fetcher) : ICheck
{
    /// <summary>Locations fetched per run; certificates rarely name more than two or three.</summary>
    private const int MaxLocations = 8;

    private const string RevocationOffline = "0x80092013";

    /// <summary>CRYPT_E_REVOKED (winerror.h).</summary>
    private const string Revoked = "0x80092010";

    /// <summary>A CRL server answers in well under this; a longer wait only eats the run's deadline.</summary>
    private static readonly TimeSpan PerLocationTimeout = TimeSpan.FromSeconds(3);

    private readonly LocationProbe _probe = new(fetcher);

    public string Id => CheckIds.CertRevocation;

    public IEnumerable<CheckUnit> Plan(CheckTarget target) => CertificateUnits.Plan(Id, target, EvaluateAsync);

    internal async Task<Finding> EvaluateAsync(CheckContext context, ServerCertificate certificate, string subject, CancellationToken cancellationToken)
    {
        var leaf = certificate.Leaf;
        var sstp = context.Target.Offers(VpnProtocols.Sstp);
        var locations = RevocationLocations.Of(leaf);
        var evidence = certificate.NewEvidence();
        evidence["serial"] = leaf.SerialNumber;
        evidence["cdp"] = locations.CrlUrls.Count == 0 ? "(none)" : string.Join(" ", locations.CrlUrls);
        evidence["ocsp"] = locations.OcspUrls.Count == 0 ? "(none)" : string.Join(" ", locations.OcspUrls);
        evidence["sstpOffered"] = sstp ? "true" : "false";

        if (!locations.Any)
        {
            var summary = locations.Unreadable
                ? Text(nameof(CertificatesText.RevocationUnreadable))
                : Text(sstp ? nameof(CertificatesText.RevocationNoneSstp) : nameof(CertificatesText.RevocationNone));
            return Gap(summary, [Text(nameof(CertificatesText.StepPublishCdp)), Text(nameof(CertificatesText.StepReissue)), Text(nameof(CertificatesText.StepBindInRras))]);
        }

        var now = context.Time.GetUtcNow();
        evidence["checkedAt"] = CertificateFacts.Iso(now);
        var usable = context.Remaining;
        var timeout = usable < PerLocationTimeout ? usable : PerLocationTimeout;
        var planned = locations.CrlUrls.Select(url => (url, crl: true)).Concat(locations.OcspUrls.Select(url => (url, crl: false))).ToList();
        var results = await Task.WhenAll(planned.Select((location, i) => i < MaxLocations
            ? _probe.RunAsync(location.url, location.crl, leaf, now, timeout, context.Time, cancellationToken)
            : Task.FromResult(new LocationProbeResult(location.url, LocationResult.NotTested, "limit", Tested: false)))).ConfigureAwait(false);

        foreach (var result in results)
        {
            var key = evidence.ContainsKey(result.Url) ? result.Url + " (ocsp)" : result.Url;
            evidence[key] = result.Detail.Length == 0 ? result.Token : $"{result.Token} {result.Detail}";
        }

        var tested = results.Count(r => r.Tested);
        var ok = results.Count(r => r.Token == LocationResult.Ok);
        if (results.FirstOrDefault(r => r.Token == LocationResult.Revoked) is { } revoked)
        {
            return Result(CheckStatus.Fail, Text(nameof(CertificatesText.RevocationRevoked), revoked.Url), [Revoked, "13801"],
                [Text(nameof(CertificatesText.StepReplaceRevoked)), Text(nameof(CertificatesText.StepBindInRras)), Text(nameof(CertificatesText.StepRestartRras))]);
        }

        if (tested == 0)
        {
            return Result(CheckStatus.Warn, Text(nameof(CertificatesText.RevocationNotTestable)), [],
                [Text(nameof(CertificatesText.StepPublishCdp))]);
        }

        var fixes = FixesFor(results);
        if (ok == 0)
        {
            return Gap(Text(sstp ? nameof(CertificatesText.RevocationNoneReachableSstp) : nameof(CertificatesText.RevocationNoneReachable), tested), fixes);
        }

        return ok < tested
            ? Result(CheckStatus.Warn, Text(nameof(CertificatesText.RevocationSomeFailed), ok, tested), [], fixes)
            : Result(CheckStatus.Pass, Text(nameof(CertificatesText.RevocationPass), tested), [], []);

        Finding Gap(LocalizedText summary, IReadOnlyList<LocalizedText> steps) => sstp
            ? Result(CheckStatus.Fail, summary, [RevocationOffline], [.. steps, Text(nameof(CertificatesText.StepNoRevocationCheckStopgap))])
            : Result(CheckStatus.Warn, summary, [], steps);

        Finding Result(CheckStatus status, LocalizedText summary, IReadOnlyList<string> codes, IReadOnlyList<LocalizedText> steps) => new()
        {
            Check = CheckIds.CertRevocation,
            Subject = subject,
            Status = status,
            Summary = summary,
            Evidence = evidence,
            ErrorCodes = codes,
            Remediation = steps,
        };
    }

    private static List<LocalizedText> FixesFor(IEnumerable<LocationProbeResult> results)
    {
        var steps = new List<LocalizedText>();
        foreach (var token in results.Where(r => r.Token != LocationResult.Ok).Select(r => r.Token).Distinct(StringComparer.Ordinal))
        {
            var step = token switch
            {
                LocationResult.Expired or LocationResult.NotYetValid => nameof(CertificatesText.StepPublishFreshCrl),
                LocationResult.WrongIssuer => nameof(CertificatesText.StepCdpPointsToIssuerCrl),
                LocationResult.NotTested => null,
                _ => nameof(CertificatesText.StepMakeCdpReachable),
            };
            if (step is not null && !steps.Contains(Text(step)))
            {
                steps.Add(Text(step));
            }
        }

        return steps;
    }

}
