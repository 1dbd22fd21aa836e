using System.Globalization;
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

    /// <summary>A CRL responder answers in well under this; a longer wait only eats the run's deadline.</summary>
    private static readonly TimeSpan PerLocationTimeout = TimeSpan.FromSeconds(3);

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
        var timeout = Usable(context) < PerLocationTimeout ? Usable(context) : PerLocationTimeout;
        var planned = locations.CrlUrls.Select(url => (url, crl: true)).Concat(locations.OcspUrls.Select(url => (url, crl: false))).ToList();
        var results = await Task.WhenAll(planned.Select((location, i) => i < MaxLocations
            ? ProbeAsync(location.url, location.crl, leaf, now, timeout, context.Time, cancellationToken)
            : Task.FromResult(new Probe(location.url, LocationResult.NotTested, "limit", Tested: false)))).ConfigureAwait(false);

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

    private static List<LocalizedText> FixesFor(IEnumerable<Probe> results)
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

    private async Task<Probe> ProbeAsync(
        string url, bool crl, System.Security.Cryptography.X509Certificates.X509Certificate2 leaf, DateTimeOffset now,
        TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new Probe(url, LocationResult.NotTested, "not a URL", Tested: false);
        }

        if (!string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase))
        {
            return new Probe(url, LocationResult.NotTested, uri.Scheme, Tested: false);
        }

        var fetch = await fetcher.GetAsync(uri, timeout, time, cancellationToken).ConfigureAwait(false);
        var ms = Ms(fetch.Elapsed);
        var transport = fetch.Outcome switch
        {
            HttpFetchOutcome.Answered => null,
            HttpFetchOutcome.NoAnswer => new Probe(url, LocationResult.NoAnswer, $"within {Ms(timeout)} ms"),
            HttpFetchOutcome.NameNotResolved => new Probe(url, LocationResult.NameNotResolved, string.Empty),
            HttpFetchOutcome.Refused => new Probe(url, LocationResult.Refused, string.Empty),
            HttpFetchOutcome.Unreachable => new Probe(url, LocationResult.Unreachable, string.Empty),
            HttpFetchOutcome.TooLarge => new Probe(url, LocationResult.TooLarge, $"over {RevocationFetcher.MaxBodyBytes} bytes"),
            HttpFetchOutcome.BadRedirect => new Probe(url, LocationResult.BadRedirect, $"to {fetch.Detail}"),
            _ => new Probe(url, LocationResult.Failed, fetch.Detail ?? string.Empty),
        };
        if (transport is not null)
        {
            return transport;
        }

        var status = fetch.StatusCode.ToString(CultureInfo.InvariantCulture);
        if (!crl)
        {
            // An OCSP responder answers a bare GET with an error status; that it answers at all is the point.
            return new Probe(url, LocationResult.Ok, $"http {status}, {ms} ms");
        }

        if (fetch.StatusCode is < 200 or > 299)
        {
            return new Probe(url, LocationResult.HttpError, status);
        }

        var read = CrlReader.Read(fetch.Body);
        if (read.Crl is not { } list)
        {
            return new Probe(url, LocationResult.NotACrl, $"{read.Problem}, {fetch.Body.Length} bytes");
        }

        var dates = $"thisUpdate={CertificateFacts.Iso(list.ThisUpdate)} nextUpdate={(list.NextUpdate is { } next ? CertificateFacts.Iso(next) : "(none)")}";
        var issuerMatches = list.IssuerRaw.Span.SequenceEqual(leaf.IssuerName.RawData)
            || string.Equals(list.Issuer, leaf.Issuer, StringComparison.OrdinalIgnoreCase);
        if (!issuerMatches)
        {
            return new Probe(url, LocationResult.WrongIssuer, $"issuer={list.Issuer}");
        }

        if (list.RevokedSerials.Contains(Convert.ToHexString(leaf.SerialNumberBytes.Span)))
        {
            return new Probe(url, LocationResult.Revoked, dates);
        }

        if (now < list.ThisUpdate)
        {
            return new Probe(url, LocationResult.NotYetValid, dates);
        }

        return list.NextUpdate is { } due && now > due
            ? new Probe(url, LocationResult.Expired, dates)
            : new Probe(url, LocationResult.Ok, $"{dates} entries={list.RevokedSerials.Count}, {ms} ms");
    }

    private sealed record Probe(string Url, string Token, string Detail, bool Tested = true);
}
